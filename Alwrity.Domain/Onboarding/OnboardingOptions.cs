namespace Alwrity.Domain.Onboarding;

/// <summary>Limits of onboarding input, bound from the "Onboarding" configuration section.</summary>
public sealed class OnboardingOptions
{
    public const string SectionName = "Onboarding";

    /// <summary>Largest uploaded file, in bytes (default 2 MB).</summary>
    public int MaxFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Longest pasted sample, in characters.</summary>
    public int MaxPastedChars { get; set; } = 200_000;

    public WebsiteOptions Website { get; set; } = new();
}

/// <summary>How website pages are fetched ("Onboarding:Website").</summary>
public sealed class WebsiteOptions
{
    /// <summary>Hard ceiling for <see cref="MaxPages"/>.</summary>
    public const int PageCeiling = 10;

    /// <summary>Pages besides the home page (default 5, at most 10).</summary>
    public int MaxPages { get; set; } = 5;

    public double PageTimeoutSeconds { get; set; } = 10;

    /// <summary>Time limit of a whole preview or collection.</summary>
    public double TotalTimeoutSeconds { get; set; } = 45;

    /// <summary>Largest page read, in bytes after decompression (default 2 MB); larger pages are refused.</summary>
    public int MaxResponseBytes { get; set; } = 2 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    public string UserAgent { get; set; } = "AlwrityBot/1.0 (reads a site its owner asked for)";

    /// <summary>Lets tests fetch from 127.0.0.1 / ::1. Never enable in production.</summary>
    public bool AllowLoopbackForTests { get; set; }

    internal int EffectiveMaxPages => Math.Clamp(MaxPages, 0, PageCeiling);
}
