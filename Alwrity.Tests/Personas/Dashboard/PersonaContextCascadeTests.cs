using Alwrity.Domain.Personas.Store;
using Alwrity.Tests.TestSupport;
using Alwrity.Web.Personas.State;
using Alwrity.Web.Shell;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Personas.Dashboard;

/// <summary>The layout cascades the PersonaContext that PersonaState owns; components follow it when it changes.</summary>
public sealed class PersonaContextCascadeTests : PersonaComponentTest
{
    [Fact]
    public async Task A_page_under_the_layout_and_the_switcher_show_the_persona_the_state_switches_to()
    {
        var madison = await GenerateAsync(PersonaApi.Federalist("MADISON", 1));
        var hamilton = await GenerateAsync(PersonaApi.Federalist("HAMILTON", 1));
        await RenameAsync(madison, "Madison's voice");
        await RenameAsync(hamilton, "Hamilton's voice");
        var layout = RenderLayout();
        await layout.InvokeAsync(() => State.SelectAsync(madison));
        layout.WaitForAssertion(() => Assert.Equal("Madison's voice", layout.Find("#probe").TextContent));

        await layout.InvokeAsync(() => State.SelectAsync(hamilton));

        layout.WaitForAssertion(() => Assert.Equal("Hamilton's voice", layout.Find("#probe").TextContent));
        Assert.Contains("Hamilton's voice", layout.Find("#persona-switcher").TextContent);
    }

    [Fact]
    public async Task An_edit_saved_by_another_tab_reaches_the_cascaded_persona()
    {
        var persona = await GenerateAsync(PersonaApi.Federalist("MADISON", 1));
        var layout = RenderLayout();
        await layout.InvokeAsync(() => State.SelectAsync(persona));
        layout.WaitForAssertion(() => Assert.NotEmpty(layout.Find("#probe").TextContent));

        await RenameAsync(persona, "Renamed elsewhere");

        layout.WaitForAssertion(() => Assert.Equal("Renamed elsewhere", layout.Find("#probe").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal(2, State.Current!.Version);
    }

    [Fact]
    public async Task Switching_back_to_a_persona_already_read_reuses_it_and_someone_elses_is_refused()
    {
        var first = await GenerateAsync(PersonaApi.Federalist("MADISON", 1));
        var second = await GenerateAsync(PersonaApi.Federalist("HAMILTON", 1));
        var state = State;
        Assert.True(await state.SelectAsync(first));
        var firstRead = state.Current;
        Assert.True(await state.SelectAsync(second));

        Assert.True(await state.SelectAsync(first));
        Assert.Same(firstRead, state.Current);

        var (stranger, _) = await App.NewSignedInUserAsync();
        var theirs = (await PersonaApi.GenerateAsync(stranger, PersonaApi.Body(PersonaApi.Federalist("JAY", 1)))).GetProperty("personaId").GetGuid();
        Assert.False(await state.SelectAsync(theirs));
        Assert.Same(firstRead, state.Current);
    }

    [Fact]
    public async Task Deleting_the_current_persona_moves_the_state_to_the_next_one()
    {
        var older = await GenerateAsync(PersonaApi.Federalist("MADISON", 1));
        var newer = await GenerateAsync(PersonaApi.Federalist("HAMILTON", 1));
        Assert.True(await State.SelectAsync(newer));

        await State.DeleteCurrentAsync();

        Assert.Equal(older, State.Current?.PersonaId);
        Assert.DoesNotContain(State.Personas, p => p.PersonaId == newer);
        var sources = await Services.GetRequiredService<PersonaSources>().ListAsync(new PersonaCaller(UserId), older, CancellationToken.None);
        Assert.NotEmpty(sources);
    }

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b =>
        {
            b.OpenComponent<Probe>(0);
            b.CloseComponent();
        })));

    /// <summary>A page that shows the name of the persona it receives from the cascade.</summary>
    private sealed class Probe : ComponentBase
    {
        [CascadingParameter] public PersonaContext? Persona { get; set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "id", "probe");
            builder.AddContent(2, Persona?.Name);
            builder.CloseElement();
        }
    }
}
