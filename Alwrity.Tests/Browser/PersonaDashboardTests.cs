using System.Net.Http.Json;
using System.Text.Json;
using Alwrity.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alwrity.Tests.Browser;

/// <summary>The persona dashboard in real Chromium: traits with evidence, inline edits as versions, history, switching, export, delete.</summary>
public sealed class PersonaDashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelAppFactory app = new();

    [BrowserFact]
    public async Task The_fingerprint_shows_measured_traits_as_pictures_with_the_users_own_sentences_highlighted()
    {
        var papers = PersonaApi.Federalist("MADISON", 2).ToList();
        var (page, _) = await SignedInWithPersonaAsync(papers);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Fingerprint" }).ClickAsync();

        await Expect(page.Locator("#readability-gauges figure")).ToHaveCountAsync(6);
        await Expect(page.Locator("#measure-sentence")).ToContainTextAsync("words");
        var rhythm = page.Locator(".mud-paper", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Sentence rhythm" }) });
        await rhythm.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("Show your sentences") }).ClickAsync();
        var highlighted = rhythm.Locator(".evidence-quote mark").First;
        await Expect(highlighted).ToBeVisibleAsync();
        var quote = (await highlighted.InnerTextAsync()).Trim();
        Assert.True(quote.Length > 10, quote);
        Assert.Contains(papers, p => Squash(p.Text).Contains(Squash(quote), StringComparison.Ordinal));
        await Expect(rhythm.Locator(".evidence-source").First).ToContainTextAsync("Federalist");
        await BrowserFixture.ScreenshotAsync(page, "dashboard-fingerprint");
    }

    [BrowserFact]
    public async Task Editing_the_name_makes_a_new_version_whose_diff_reads_old_and_new_and_restore_brings_it_back()
    {
        var (page, persona) = await SignedInWithPersonaAsync(PersonaApi.Federalist("MADISON", 1));
        var original = Name(persona);

        await page.ClickAsync("#edit-persona-name");
        await page.FillAsync("#input-persona-name", "The Careful Federalist");
        await page.ClickAsync("#save-persona-name");

        await Expect(page.Locator("#persona-name")).ToHaveTextAsync("The Careful Federalist");
        await Expect(page.Locator("#persona-version")).ToHaveTextAsync("version 2");
        await Expect(page.Locator("#persona-switcher")).ToContainTextAsync("The Careful Federalist");
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        var diff = page.Locator("#version-diff");
        await Expect(diff).ToContainTextAsync("Persona name");
        await Expect(diff.Locator(".diff-removed")).ToContainTextAsync(original);
        await Expect(diff.Locator(".diff-added")).ToContainTextAsync("The Careful Federalist");
        await BrowserFixture.ScreenshotAsync(page, "dashboard-history");

        await page.ClickAsync("#version-1");
        await page.ClickAsync("#restore-version");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();

        await Expect(page.Locator("#persona-name")).ToHaveTextAsync(original);
        await Expect(page.Locator("#persona-version")).ToHaveTextAsync("version 3");
    }

    [BrowserFact]
    public async Task A_tone_list_refuses_a_duplicate_and_saves_a_new_tone_as_a_version()
    {
        var (page, persona) = await SignedInWithPersonaAsync(PersonaApi.Federalist("MADISON", 1));
        var existing = persona.GetProperty("corePersona").GetProperty("tonalRange").GetProperty("permissibleTones")[0].GetString()!;

        await page.ClickAsync("#edit-permissible-tones");
        await page.FillAsync("#add-permissible-tones", existing.ToUpperInvariant());
        await page.PressAsync("#add-permissible-tones", "Enter");
        await Expect(page.Locator("#chips-permissible-tones")).ToContainTextAsync("already in the list");
        await page.FillAsync("#add-permissible-tones", "playful");
        await page.PressAsync("#add-permissible-tones", "Enter");
        await page.ClickAsync("#save-permissible-tones");

        await Expect(page.Locator("#chips-permissible-tones .mud-chip", new() { HasText = "playful" })).ToBeVisibleAsync();
        await Expect(page.Locator("#persona-version")).ToHaveTextAsync("version 2");
        await Expect(page.Locator("#chips-permissible-tones")).ToContainTextAsync("edited");
    }

    [BrowserFact]
    public async Task The_switcher_moves_between_personas_and_every_part_of_the_page_follows()
    {
        var (client, email) = await app.NewSignedInUserAsync();
        var first = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 1)));
        var second = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("HAMILTON", 1), "linkedin"));
        await RenameAsync(client, second, "Hamilton's voice");
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(email);
        await page.OpenAsync($"/personas/{Id(first)}");
        await Expect(page.Locator("#persona-name")).ToHaveTextAsync(Name(first));

        await page.ClickAsync("#persona-switcher");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Hamilton's voice" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/personas/{Id(second)}$"));
        await Expect(page.Locator("#persona-name")).ToHaveTextAsync("Hamilton's voice");
        await Expect(page.Locator("#persona-switcher")).ToContainTextAsync("Hamilton's voice");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Facebook" })).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task An_edit_in_another_tab_shows_up_here_without_a_reload()
    {
        var (page, persona) = await SignedInWithPersonaAsync(PersonaApi.Federalist("MADISON", 1));
        var other = await page.Context.NewPageAsync();
        await other.OpenAsync($"/personas/{Id(persona)}");

        await other.ClickAsync("#edit-archetype");
        await other.FillAsync("#input-archetype", "The Constitutional Explainer");
        await other.ClickAsync("#save-archetype");
        await Expect(other.Locator("#persona-version")).ToHaveTextAsync("version 2");

        await Expect(page.Locator("#persona-version")).ToHaveTextAsync("version 2");
        await Expect(page.GetByText("The Constitutional Explainer")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_persona_exports_as_json_and_markdown_and_deleting_it_leaves_a_way_to_start_again()
    {
        var (page, persona) = await SignedInWithPersonaAsync(PersonaApi.Federalist("MADISON", 1));

        await page.ClickAsync("#export-menu");
        var json = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-json"));
        using (var exported = JsonDocument.Parse(await File.ReadAllTextAsync(await json.PathAsync())))
        {
            Assert.Equal(Name(persona), exported.RootElement.GetProperty("persona").GetProperty("name").GetString());
        }

        await page.ClickAsync("#export-menu");
        var markdown = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-markdown"));
        Assert.Contains(Name(persona), await File.ReadAllTextAsync(await markdown.PathAsync()));

        await page.ClickAsync("#delete-persona");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(page.Locator("#no-personas")).ToBeVisibleAsync();
        await Expect(page.Locator("#persona-switcher")).ToContainTextAsync("No persona yet");
        await page.OpenAsync($"/personas/{Id(persona)}");
        await Expect(page.Locator("#persona-not-found")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Try_it_scores_a_draft_against_the_voice_and_the_platform_and_says_what_a_short_one_is_missing()
    {
        var papers = PersonaApi.Federalist("MADISON", 3).ToList();
        var (page, _) = await SignedInWithPersonaAsync(papers.Take(2));
        await page.GetByRole(AriaRole.Tab, new() { Name = "Try it" }).ClickAsync();

        await page.FillAsync("#try-draft", "Short note. Thanks all.");
        await page.ClickAsync("#try-check");
        await Expect(page.Locator("#try-verdict")).ToContainTextAsync("Too short to judge");
        await Expect(page.Locator("#try-voice")).ToContainTextAsync("at least 150");

        var draft = string.Join(' ', papers[2].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(400));
        await page.FillAsync("#try-draft", draft);
        await page.ClickAsync("#try-check");

        await Expect(page.Locator("#try-verdict")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Voice match \d+/100"));
        await Expect(page.Locator("#try-voice li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#try-length")).ToContainTextAsync("of 3,000");
        await Expect(page.Locator("#try-fold")).ToContainTextAsync(draft[..40]);
        await BrowserFixture.ScreenshotAsync(page, "dashboard-try-it");
    }

    [BrowserFact]
    public async Task The_dashboard_fits_a_phone_screen_without_sideways_scrolling()
    {
        var (page, _) = await SignedInWithPersonaAsync(PersonaApi.Federalist("MADISON", 1));

        foreach (var tab in new[] { "Overview", "Fingerprint", "LinkedIn", "History" })
        {
            await page.SetViewportSizeAsync(375, 812);
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await page.WaitForTimeoutAsync(300);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 1, $"The {tab} tab scrolls sideways by {overflow}px at phone width.");
        }

        await page.GetByRole(AriaRole.Tab, new() { Name = "Overview" }).ClickAsync();
        await Expect(page.Locator("#quality-overall")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "dashboard-phone.png") });
    }

    private async Task<(IPage Page, JsonElement Persona)> SignedInWithPersonaAsync(IEnumerable<(string Title, string Text)> samples)
    {
        var (client, email) = await app.NewSignedInUserAsync();
        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(samples));
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(email);
        await page.OpenAsync($"/personas/{Id(persona)}");
        await Expect(page.Locator("#persona-name")).ToHaveTextAsync(Name(persona));
        return (page, persona);
    }

    private static async Task RenameAsync(HttpClient client, JsonElement persona, string name)
    {
        var response = await client.PatchAsJsonAsync($"/api/personas/{Id(persona)}", new { overrides = new Dictionary<string, string> { ["identity.personaName"] = name } });
        response.EnsureSuccessStatusCode();
    }

    private static string Id(JsonElement persona) => persona.GetProperty("personaId").GetString()!;

    private static string Name(JsonElement persona) => persona.GetProperty("corePersona").GetProperty("identity").GetProperty("personaName").GetString()!;

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
