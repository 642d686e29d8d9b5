using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests;

/// <summary>The app on real Kestrel at a free loopback port, for tests that need real sockets.</summary>
public sealed class RealServer : IDisposable
{
    public RealServer()
    {
        Factory = new SiteFactory();
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        Address = new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    public SiteFactory Factory { get; }

    public Uri Address { get; }

    /// <summary>Sends a request exactly as written (no client normalizes the target) and returns the status code.</summary>
    public async Task<int> Raw(string method, string target, string? body = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Address.Port);
        var stream = tcp.GetStream();
        var request = new StringBuilder()
            .Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\n")
            .Append("Host: 127.0.0.1\r\nConnection: close\r\n");
        if (body is not null) request.Append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").Append(Encoding.UTF8.GetByteCount(body)).Append("\r\n");
        request.Append("\r\n").Append(body);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var status = await reader.ReadLineAsync() ?? throw new IOException($"no response to {method} {target}");
        await reader.ReadToEndAsync();
        return int.Parse(status.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Factory.Dispose();
}
