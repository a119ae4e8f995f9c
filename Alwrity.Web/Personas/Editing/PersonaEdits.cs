using System.Text.Json.Nodes;
using Alwrity.Domain.Errors;
using Alwrity.Web.Personas.State;
using MudBlazor;

namespace Alwrity.Web.Personas.Editing;

/// <summary>
/// Saves one field edit through <see cref="PersonaState"/> and turns the outcome into what the person sees:
/// a "saved as version n" note, or the readable reason it was refused (nothing they typed is lost).
/// </summary>
public sealed class PersonaEdits(PersonaState state, ISnackbar snackbar)
{
    /// <summary>Whether the current persona's <paramref name="path"/> holds the user's own value.</summary>
    public bool IsEdited(PersonaContext? persona, string path) => persona?.Document.Overrides.ContainsKey(path) == true;

    public Func<string?, Task<string?>> Text(string path) => value => SaveAsync(path, value is null ? null : JsonValue.Create(value));

    public Func<IReadOnlyList<string>?, Task<string?>> List(string path) =>
        items => SaveAsync(path, items is null ? null : new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()));

    private async Task<string?> SaveAsync(string path, JsonNode? value)
    {
        try
        {
            var saved = await state.EditAsync(path, value);
            snackbar.Add(value is null ? $"Back to the generated value · version {saved.Version}" : $"Saved as version {saved.Version}", Severity.Success);
            return null;
        }
        catch (InputValidationException ex)
        {
            return string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }
        catch (ConflictException ex)
        {
            return ex.Message;
        }
        catch (NotFoundException)
        {
            return "This persona no longer exists or isn't yours to change.";
        }
    }
}
