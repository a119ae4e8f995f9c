using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Alwrity.Domain.Ai.Schema;

/// <summary>The JSON conventions of model output: camelCase names, string enums, nullable annotations respected.</summary>
public static class ModelJson
{
    /// <summary>Options used to build schemas and to read model answers.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Web defaults read numbers from strings, which makes the schema say ["string","integer"] plus a pattern.
            NumberHandling = JsonNumberHandling.Strict,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// The JSON object inside a model answer: strips a ```json fence or prose around the outermost braces.
    /// Returns the trimmed text unchanged when there are no braces.
    /// </summary>
    public static string ExtractObject(string answer)
    {
        var text = (answer ?? string.Empty).Trim();
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        return start >= 0 && end > start ? text[start..(end + 1)] : text;
    }
}
