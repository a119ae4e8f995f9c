using System.Text.Json;
using System.Text.Json.Nodes;
using Alwrity.Domain.Ai.Schema;

namespace Alwrity.Domain.Ai.SemanticKernel;

/// <summary>Reads a model answer into <typeparamref name="T"/>: JSON syntax, schema shape, then the caller's checks.</summary>
internal static class StructuredAnswer<T>
    where T : class
{
    public static (T? Value, IReadOnlyList<string> Problems) Read(string answer, Func<T, IReadOnlyList<string>>? validate)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(ModelJson.ExtractObject(answer));
        }
        catch (JsonException ex)
        {
            return (null, [$"The answer is not valid JSON ({ex.Message})."]);
        }

        var problems = JsonShapeValidator.Validate(node, ModelJsonSchema.For(typeof(T)));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        T? value;
        try
        {
            value = node.Deserialize<T>(ModelJson.Options);
        }
        catch (JsonException ex)
        {
            return (null, [$"The JSON does not fit the schema ({ex.Message})."]);
        }

        if (value is null)
        {
            return (null, ["The answer was JSON null instead of an object."]);
        }

        var extra = validate?.Invoke(value) ?? [];
        return extra.Count > 0 ? (null, extra) : (value, []);
    }
}
