namespace Alwrity.Domain.Platforms.Rules;

/// <summary>Thrown when a platform key is not in the catalog; carries the known keys so an API can list them (HTTP 400).</summary>
public sealed class UnknownPlatformException : Exception
{
    public UnknownPlatformException()
        : this(string.Empty, [])
    {
    }

    public UnknownPlatformException(string message)
        : base(message)
    {
    }

    public UnknownPlatformException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnknownPlatformException(string platform, IReadOnlyList<string> knownPlatforms)
        : base($"Unknown platform \"{platform}\". Known platforms: {string.Join(", ", knownPlatforms)}.")
    {
        Platform = platform;
        KnownPlatforms = knownPlatforms;
    }

    /// <summary>The key that was asked for.</summary>
    public string Platform { get; } = string.Empty;

    /// <summary>The keys the catalog knows (aliases not included).</summary>
    public IReadOnlyList<string> KnownPlatforms { get; } = [];
}
