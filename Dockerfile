# Build stage: restore and publish with the .NET 10 SDK, for the architecture the image is built for.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY global.json CareerGuide.sln Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CareerGuide.Content/CareerGuide.Content.csproj src/CareerGuide.Content/
COPY src/CareerGuide.Import/CareerGuide.Import.csproj src/CareerGuide.Import/
COPY src/CareerGuide.Web/CareerGuide.Web.csproj src/CareerGuide.Web/
RUN dotnet restore src/CareerGuide.Web/CareerGuide.Web.csproj --arch "$TARGETARCH"
COPY src/ src/
# ReadyToRun: the assemblies are compiled ahead of time, so start-up does not wait for the JIT.
RUN dotnet publish src/CareerGuide.Web/CareerGuide.Web.csproj --configuration Release --arch "$TARGETARCH" \
    --no-restore -p:PublishReadyToRun=true --output /app

# Run stage: the ASP.NET Core runtime, the published app and the content, as a non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
COPY content/ /app/content/
# Behind a TLS-terminating proxy or load balancer: trust X-Forwarded-Proto and X-Forwarded-For, so HSTS is
# sent for HTTPS requests and the request log shows the client's address.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
    Content__Root=/app/content
EXPOSE 8080
USER $APP_UID
# The runtime image has no curl, so liveness is probed from outside: GET /healthz and /readyz.
ENTRYPOINT ["dotnet", "CareerGuide.Web.dll"]
