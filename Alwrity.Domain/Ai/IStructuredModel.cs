namespace Alwrity.Domain.Ai;

/// <summary>
/// Asks a model for JSON matching the shape of <typeparamref name="T"/>, validates it, repairs once, and
/// reports failure (never throws for model problems) so callers can fall back to the local engine.
/// </summary>
public interface IStructuredModel
{
    /// <param name="validate">Extra checks on the parsed value; each returned string is one problem.
    /// Required properties that are missing, null or blank are always reported.</param>
    Task<StructuredResult<T>> GenerateAsync<T>(ModelRequest request, Func<T, IReadOnlyList<string>>? validate, CancellationToken ct)
        where T : class;
}

/// <summary>Convenience overloads of <see cref="IStructuredModel"/>.</summary>
public static class StructuredModelExtensions
{
    public static Task<StructuredResult<T>> GenerateAsync<T>(this IStructuredModel model, ModelRequest request, CancellationToken ct)
        where T : class => model.GenerateAsync<T>(request, null, ct);
}
