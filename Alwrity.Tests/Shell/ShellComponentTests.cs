using Alwrity.Tests.TestSupport;
using Alwrity.Web.Home;
using Alwrity.Web.Shell;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Alwrity.Tests.Shell;

public sealed class ShellComponentTests : MudComponentTest
{
    [Fact]
    public void Admins_see_the_admin_entry_in_the_navigation()
    {
        AddAuthorization().SetAuthorized("root@example.com").SetRoles("Admin", "Marketer");

        var nav = Render<NavMenu>();

        Assert.NotNull(nav.Find("#nav-admin"));
    }

    [Fact]
    public void Marketers_do_not_see_the_admin_entry()
    {
        AddAuthorization().SetAuthorized("mia@example.com").SetRoles("Marketer");

        var nav = Render<NavMenu>();

        Assert.Empty(nav.FindAll("#nav-admin"));
        Assert.Contains("Account", nav.Markup);
    }

    [Fact]
    public void The_app_bar_shows_who_is_signed_in_and_a_sign_out_button()
    {
        AddAuthorization().SetAuthorized("mia@example.com");

        var menu = Render<UserMenu>();

        Assert.Equal("mia@example.com", menu.Find("#signed-in-user").TextContent.Trim());
        Assert.NotNull(menu.Find("#sign-out"));
    }

    [Fact]
    public void Visitors_are_offered_sign_in_and_sign_up()
    {
        AddAuthorization();

        var menu = Render<UserMenu>();

        Assert.Contains("Sign in", menu.Markup);
        Assert.Contains("Create account", menu.Markup);
        Assert.Empty(menu.FindAll("#sign-out"));
    }

    [Fact]
    public void The_home_page_tells_a_visitor_what_alwrity_does_and_what_to_do_first()
    {
        AddAuthorization();

        var home = Render<HomePage>();

        Assert.Contains("your own writing", home.Markup);
        Assert.Contains("Create a free account", home.Markup);
        Assert.Contains("Give it your writing", home.Markup);
    }

    [Fact]
    public void The_home_page_greets_a_signed_in_user_by_email()
    {
        AddAuthorization().SetAuthorized("mia@example.com").SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Email, "mia@example.com"));

        var home = Render<HomePage>();

        Assert.Equal("mia@example.com", home.Find("#welcome-email").TextContent);
    }

    [Fact]
    public void A_failing_page_shows_a_friendly_message_instead_of_a_crash()
    {
        var boundary = Render<AppErrorBoundary>(p => p.Add(b => b.ChildContent, (RenderFragment)(builder =>
        {
            builder.OpenComponent<Exploding>(0);
            builder.CloseComponent();
        })));

        Assert.Contains("Something went wrong on this page", boundary.Markup);
        Assert.Contains("Try again", boundary.Markup);
        Assert.DoesNotContain("InvalidOperationException", boundary.Markup);
    }

    [Fact]
    public void The_not_found_page_offers_a_way_home()
    {
        var page = Render<NotFoundPage>();

        Assert.Contains("couldn't find that page", page.Find("#not-found-title").TextContent);
        Assert.Contains("href=\"/\"", page.Markup);
    }

    private sealed class Exploding : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("boom");
    }
}
