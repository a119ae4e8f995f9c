using Microsoft.AspNetCore.Components;

namespace Alwrity.Web.Accounts;

/// <summary>Redirects from statically rendered account pages, refusing open redirects to other sites.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigation)
{
    public void RedirectTo(string? uri)
    {
        uri ??= "";
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal) || uri.StartsWith("/\\", StringComparison.Ordinal))
        {
            uri = navigation.ToBaseRelativePath(uri);
        }

        navigation.NavigateTo(uri);
    }

    public void RedirectTo(string uri, Dictionary<string, object?> query)
    {
        var path = navigation.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        RedirectTo(navigation.GetUriWithQueryParameters(path, query));
    }
}
