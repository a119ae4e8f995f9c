using Alwrity.Domain.Personas.Store;
using Alwrity.Tests.TestSupport;
using Alwrity.Web.Personas.State;
using Alwrity.Web.Personas.Traits;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Personas.Dashboard;

/// <summary>Evidence shows the user's own sentence highlighted inside the passage it came from, with its source.</summary>
public sealed class EvidenceViewTests : PersonaComponentTest
{
    [Fact]
    public async Task A_trait_shows_the_users_sentence_highlighted_in_its_passage_with_the_source_title()
    {
        var persona = await ContextAsync(await GenerateAsync(PersonaApi.Federalist("MADISON", 2)));
        var writing = await State.WritingAsync(persona, Services.GetRequiredService<PersonaSources>());
        var evidence = persona.Core.Evidence.First(e => e.Trait == "sentenceLength");

        var view = RenderEvidence(persona, writing, ["sentenceLength"]);
        view.Find(".evidence-toggle").Click();

        var quote = view.FindAll(".evidence-quote")[0];
        Assert.Equal(evidence.Quote, quote.QuerySelector("mark")!.TextContent.Trim());
        var source = writing.TextOf(evidence.SourceId)!;
        var context = quote.QuerySelectorAll(".evidence-context").Select(c => c.TextContent).ToList();
        var passage = (context[0] + evidence.Quote + context[1]).Trim('…').Trim();
        Assert.True(passage.Length > evidence.Quote.Length, "The quote comes with the text around it.");
        Assert.Contains(passage, source, StringComparison.Ordinal);
        Assert.Contains(evidence.SourceTitle, quote.QuerySelector(".evidence-source")!.TextContent);
    }

    [Fact]
    public async Task Go_to_words_are_picked_out_inside_their_sentences_and_other_traits_stay_hidden()
    {
        var persona = await ContextAsync(await GenerateAsync(PersonaApi.Federalist("HAMILTON", 2)));
        var words = persona.Fingerprint.GoToWords.Select(t => t.Term).ToList();

        var view = RenderEvidence(persona, PersonaWriting.None, ["goToWords"], words);
        Assert.Empty(view.FindAll(".evidence-quote"));
        view.Find(".evidence-toggle").Click();

        var terms = view.FindAll(".evidence-term").Select(t => t.TextContent.ToLowerInvariant()).ToList();
        Assert.NotEmpty(terms);
        Assert.All(terms, t => Assert.Contains(t, words));
        Assert.All(view.FindAll(".evidence-claim"), c => Assert.StartsWith("Go-to words", c.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Context_is_cut_at_paragraphs_and_words_and_stale_offsets_fall_back_to_the_quote()
    {
        const string source = "First paragraph ends here.\n\nThe second paragraph opens. We keep it short and plain. Then it goes on for a while longer.";
        var start = source.IndexOf("We keep", StringComparison.Ordinal);
        const string quote = "We keep it short and plain.";

        var excerpt = EvidenceContext.Around(source, start, quote.Length, quote, radius: 20);
        var stale = EvidenceContext.Around(source, start + 3, quote.Length, quote);

        Assert.Equal("…paragraph opens. ", excerpt.Before);
        Assert.Equal(" Then it goes on…", excerpt.After);
        Assert.Equal(new EvidenceExcerpt("", quote, ""), stale);
        Assert.Equal("The second paragraph opens. ", EvidenceContext.Around(source, start, quote.Length, quote).Before);
    }

    [Fact]
    public void Terms_are_marked_as_whole_words_ignoring_case()
    {
        var runs = EvidenceContext.Mark("Faction and factions: the causes of faction.", ["faction", "causes of faction"]);

        Assert.Equal([("Faction", true), (" and factions: the ", false), ("causes of faction", true), (".", false)], runs.Select(r => (r.Text, r.IsTerm)));
    }

    private IRenderedComponent<CascadingValue<PersonaContext>> RenderEvidence(
        PersonaContext persona, PersonaWriting writing, IReadOnlyList<string> traits, IReadOnlyList<string>? terms = null) =>
        Render<CascadingValue<PersonaContext>>(p => p.Add(c => c.Value, persona).AddChildContent<CascadingValue<PersonaWriting>>(w => w
            .Add(c => c.Value, writing)
            .AddChildContent<EvidenceView>(e => e.Add(v => v.Traits, traits).Add(v => v.Terms, terms ?? []))));
}
