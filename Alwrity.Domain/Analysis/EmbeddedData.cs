using System.Reflection;
using System.Text;

namespace Alwrity.Domain.Analysis;

/// <summary>Reads the analysis data files embedded in this assembly (the only I/O the analyzer does).</summary>
internal static class EmbeddedData
{
    /// <summary>Non-empty lines of the embedded resource <paramref name="logicalName"/>.</summary>
    public static IEnumerable<string> ReadLines(string logicalName)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Embedded resource '{logicalName}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
