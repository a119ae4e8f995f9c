namespace Alwrity.Domain.Ai;

/// <summary>
/// Which engine a person asked to write their persona (<c>GeneratePersonaRequest.Engine</c>):
/// <see cref="Auto"/> takes their stored key, else the server's model, else the local engine;
/// the others insist on one engine and never silently use another.
/// </summary>
public static class AiEngines
{
    public const string Auto = "auto";
    public const string Local = "local";

    /// <summary>The model configured on the server (Ai:Provider).</summary>
    public const string Server = "server";

    /// <summary>The person's own stored Gemini key.</summary>
    public const string UserKey = "user-key";

    public static IReadOnlyList<string> All { get; } = [Auto, Local, Server, UserKey];

    /// <summary>The canonical value, <see cref="Auto"/> for blank, or null when the text names no engine.</summary>
    public static string? Normalize(string? engine)
    {
        var text = engine?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(text) ? Auto : All.Contains(text) ? text : null;
    }
}
