namespace Alwrity.Web.Configuration;

/// <summary>Readable one-line logs while developing; JSON lines (one object per event, with scopes) elsewhere.</summary>
internal static class LoggingSetup
{
    public static ILoggingBuilder AddStructuredConsole(this ILoggingBuilder logging, IHostEnvironment environment)
    {
        logging.ClearProviders();
        if (environment.IsDevelopment())
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
                o.IncludeScopes = true;
            });
        }
        else
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        }

        return logging;
    }
}
