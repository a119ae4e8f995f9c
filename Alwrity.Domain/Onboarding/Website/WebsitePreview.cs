namespace Alwrity.Domain.Onboarding.Website;

/// <summary>The pages found on a site, so the user can pick which to use. The home page comes first.</summary>
public sealed record WebsitePreview(string SiteUrl, IReadOnlyList<WebPagePreview> Pages);

/// <summary>One page of a preview; <paramref name="Error"/> says why it could not be read (then the rest is empty).</summary>
public sealed record WebPagePreview(string Url, string? Title, int WordCount, string? Excerpt, string? Error)
{
    public bool Ok => Error is null;
}
