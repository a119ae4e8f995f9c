namespace Alwrity.Domain.Platforms.Counting;

/// <summary>
/// A text's length under one counting rule. <see cref="Length"/> is what the platform limit applies to;
/// <see cref="VisibleLength"/> is the same count without API escaping (they differ only on LinkedIn).
/// </summary>
public sealed record LengthCount(string CountingRule, int Length, int VisibleLength, int Utf8Bytes);
