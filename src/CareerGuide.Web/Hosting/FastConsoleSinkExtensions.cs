using Serilog;
using Serilog.Configuration;

namespace CareerGuide.Web.Hosting;

/// <summary>The <c>FastConsole</c> sink for Serilog's settings (appsettings.json's <c>WriteTo</c>).</summary>
public static class FastConsoleSinkExtensions
{
    /// <summary>Serilog's console sink with <paramref name="outputTemplate"/>, its commonest line written faster (<see cref="FastConsoleSink"/>).</summary>
    public static LoggerConfiguration FastConsole(this LoggerSinkConfiguration sinkConfiguration, string outputTemplate = FastConsoleSink.Template)
    {
        ArgumentNullException.ThrowIfNull(sinkConfiguration);
        return sinkConfiguration.Sink(new FastConsoleSink(outputTemplate));
    }
}
