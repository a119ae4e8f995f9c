using System.Security.Claims;
using Alwrity.Domain;
using Alwrity.Domain.Accounts;
using Alwrity.Domain.Data;
using Alwrity.Domain.Onboarding.Drafts;
using Alwrity.Tests.TestSupport;
using Alwrity.Web.Onboarding;
using Alwrity.Web.Personas;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alwrity.Tests.Onboarding.Wizard;

/// <summary>
/// bUnit with the real domain services on a migrated SQLite file, a signed-in user, interactive rendering, and
/// the wizard's own services; <see cref="ConfigureServices"/> lets a test replace one (e.g. the website reader).
/// </summary>
public abstract class WizardTestContext : MudComponentTest, IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.CreateSqlite();

    protected string UserId { get; private set; } = "";

    protected IDbContextFactory<AlwrityDbContext> Db => Services.GetRequiredService<IDbContextFactory<AlwrityDbContext>>();

    protected OnboardingDraftStore Drafts => Services.GetRequiredService<OnboardingDraftStore>();

    async Task IAsyncLifetime.InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Ai:Provider"] = "Local",
        };
        ConfigureSettings(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Services.AddLogging();
        Services.AddAlwrityDomain(configuration, database.Folder);
        Services.AddScoped<PersonaGenerationStarter>();
        Services.AddOnboardingWizard();
        ConfigureServices(Services);
        var user = new ApplicationUser { UserName = "mia@example.com", Email = "mia@example.com" };
        UserId = user.Id;
        AddAuthorization().SetAuthorized("mia@example.com").SetClaims(new Claim(ClaimTypes.NameIdentifier, UserId));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        await new DatabaseMigrator(Db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await AddUserAsync(user);
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected virtual void ConfigureSettings(IDictionary<string, string?> settings)
    {
    }

    protected Task<string> AddUserAsync(string email) => AddUserAsync(new ApplicationUser { UserName = email, Email = email });

    private async Task<string> AddUserAsync(ApplicationUser user)
    {
        await using var db = await Db.CreateDbContextAsync();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>The onboarding page, once it has read the saved draft and shows a step.</summary>
    protected IRenderedComponent<OnboardingPage> RenderWizard(string uri = "/onboarding")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var page = Render<OnboardingPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-stepper, #regenerate-not-found, #unfinished-draft")));
        return page;
    }

    protected static void Next(IRenderedComponent<OnboardingPage> page) => page.Find("#onboarding-next").Click();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await database.DisposeAsync();
    }
}
