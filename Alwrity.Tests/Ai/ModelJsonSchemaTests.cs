using System.Text.Json.Nodes;
using Alwrity.Domain.Ai.Schema;

namespace Alwrity.Tests.Ai;

public sealed class ModelJsonSchemaTests
{
    public sealed record Rule(string Format, string? Pattern);

    public sealed record Styled(string Name, DateTime Checked, Uri Link, IReadOnlyList<Rule> Rules, IReadOnlyDictionary<string, int> Counts, string Tone = "calm");

    [Fact]
    public void Nested_keywords_are_stripped_but_a_property_named_format_survives()
    {
        var schema = ModelJsonSchema.For(typeof(Styled)).ToJsonString();

        Assert.DoesNotContain("\"$schema\"", schema, StringComparison.Ordinal);
        Assert.DoesNotContain("\"additionalProperties\"", schema, StringComparison.Ordinal);
        Assert.DoesNotContain("\"format\":{\"type\"", schema.Replace("\"format\":{\"type\":\"string\"}", "KEPT", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("KEPT", schema.Replace("\"format\":{\"type\":\"string\"}", "KEPT", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("date-time", schema, StringComparison.Ordinal);
        Assert.DoesNotContain("\"uri\"", schema, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_with_defaults_are_optional_and_others_required()
    {
        var required = ModelJsonSchema.For(typeof(Styled))["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        Assert.Contains("name", required);
        Assert.DoesNotContain("tone", required);
    }

    [Fact]
    public void Validator_reports_paths_of_wrong_types_missing_and_blank_values()
    {
        var schema = ModelJsonSchema.For(typeof(Styled));
        var answer = JsonNode.Parse("""{"name":" ","checked":"2025-01-01T00:00:00Z","link":"https://x.test","rules":[{"format":5,"pattern":null}]}""");

        var problems = JsonShapeValidator.Validate(answer, schema);

        Assert.Contains("$.name: required but empty.", problems);
        Assert.Contains("$.counts: required but missing.", problems);
        Assert.Contains(problems, p => p.StartsWith("$.rules[0].format: expected string", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("$.rules[0].pattern", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_found_inside_a_code_fence_or_chatter()
    {
        Assert.Equal("{\"a\":1}", ModelJson.ExtractObject("Here you go:\n```json\n{\"a\":1}\n```\nAnything else?"));
    }
}
