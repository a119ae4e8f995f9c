using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alwrity.Domain.Onboarding;

/// <summary>
/// What the user told us about their work. JSON (camelCase): <c>{industry, audience, goals, brandValues, avoidWords,
/// targetPlatforms}</c>; the lists accept an array or one comma/semicolon/newline-separated string, and are never null.
/// </summary>
public sealed record ProfileAnswers(
    string? Industry,
    string? Audience,
    string? Goals,
    IReadOnlyList<string>? BrandValues,
    IReadOnlyList<string>? AvoidWords,
    IReadOnlyList<string>? TargetPlatforms)
{
    public static ProfileAnswers Empty { get; } = new(null, null, null, [], [], []);

    [JsonConverter(typeof(StringOrListConverter))]
    public IReadOnlyList<string> BrandValues { get; init; } = StringOrListConverter.Clean(BrandValues);

    [JsonConverter(typeof(StringOrListConverter))]
    public IReadOnlyList<string> AvoidWords { get; init; } = StringOrListConverter.Clean(AvoidWords);

    [JsonConverter(typeof(StringOrListConverter))]
    public IReadOnlyList<string> TargetPlatforms { get; init; } = StringOrListConverter.Clean(TargetPlatforms);
}

/// <summary>Reads a list of short strings given either as a JSON array or as one separated string.</summary>
public sealed class StringOrListConverter : JsonConverter<IReadOnlyList<string>>
{
    private static readonly char[] Separators = [',', ';', '\n', '\r'];

    public override bool HandleNull => true;

    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => [],
            JsonTokenType.String => Clean(reader.GetString()!.Split(Separators)),
            JsonTokenType.StartArray => Clean(JsonSerializer.Deserialize<List<string?>>(ref reader, options)?.OfType<string>().ToList()),
            _ => throw new JsonException("Expected a string or an array of strings."),
        };

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToArray(), options);

    /// <summary>Trimmed, non-empty, case-insensitively distinct, each at most 100 characters, at most 50 items.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string>? items) =>
        (items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Select(i => i.Length > 100 ? i[..100] : i)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(50).ToList();
}
