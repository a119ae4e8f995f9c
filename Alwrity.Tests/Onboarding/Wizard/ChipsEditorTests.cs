using Alwrity.Tests.TestSupport;
using Alwrity.Web.Onboarding;
using Bunit;

namespace Alwrity.Tests.Onboarding.Wizard;

public sealed class ChipsEditorTests : MudComponentTest
{
    private IReadOnlyList<string> items = ["honesty"];

    [Fact]
    public void Enter_adds_the_typed_entry_as_a_chip_and_clears_the_field()
    {
        var editor = Editor();

        Type(editor, "craft");
        editor.Find("#values-input").KeyDown("Enter");

        Assert.Equal(["honesty", "craft"], items);
        editor.Render(p => p.Add(c => c.Items, items));
        Assert.Equal(["honesty", "craft"], editor.FindAll(".mud-chip").Select(c => c.TextContent.Trim()));
        Assert.Equal("", editor.Find("#values-input").GetAttribute("value") ?? "");
    }

    [Fact]
    public void A_repeated_entry_is_refused_whatever_its_case()
    {
        var editor = Editor();

        Type(editor, "Honesty");
        editor.Find("#values-add").Click();

        Assert.Equal(["honesty"], items);
        Assert.Contains("“Honesty” is already in the list.", editor.Markup);
    }

    [Fact]
    public void An_empty_entry_is_refused_with_a_hint()
    {
        var editor = Editor();

        Type(editor, "   ");
        editor.Find("#values-add").Click();

        Assert.Equal(["honesty"], items);
        Assert.Contains("Type a word or phrase first.", editor.Markup);
    }

    [Fact]
    public void Commas_add_several_entries_at_once_and_a_chip_can_be_removed()
    {
        var editor = Editor();

        Type(editor, "craft, clarity");
        editor.Find("#values-add").Click();
        editor.Render(p => p.Add(c => c.Items, items));
        editor.FindAll(".mud-chip-close-button")[0].Click();

        Assert.Equal(["craft", "clarity"], items);
    }

    private IRenderedComponent<ChipsEditor> Editor() => Render<ChipsEditor>(p => p
        .Add(c => c.Label, "Brand values")
        .Add(c => c.Id, "values")
        .Add(c => c.Items, items)
        .Add(c => c.ItemsChanged, (IReadOnlyList<string> changed) => items = changed));

    private static void Type(IRenderedComponent<ChipsEditor> editor, string text) => editor.Find("#values-input").Input(text);
}
