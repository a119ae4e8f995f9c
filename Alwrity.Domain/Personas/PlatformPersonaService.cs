namespace Alwrity.Domain.Personas;

/// <summary>Validate and optimise a stored persona's platform adaptation (filled in once the persona store lands).</summary>
public sealed class PlatformPersonaService;
