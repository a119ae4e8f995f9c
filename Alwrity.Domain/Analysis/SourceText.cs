namespace Alwrity.Domain.Analysis;

/// <summary>One piece of the user's writing to analyse; <paramref name="Id"/> is what evidence cites.</summary>
public sealed record SourceText(string Id, string Text, string? Title = null);
