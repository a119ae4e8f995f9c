using Alwrity.Tests.TestSupport;
using Alwrity.Web.Personas.Editing;
using Alwrity.Web.Shell;
using Bunit;
using Microsoft.AspNetCore.Components.Web;

namespace Alwrity.Tests.Personas.Dashboard;

/// <summary>Word lists are edited as chips: duplicates and empty entries are refused with a message, nothing typed is lost.</summary>
public sealed class ChipListEditorTests : MudComponentTest
{
    private IReadOnlyList<string>? saved;
    private string? refusal;

    [Fact]
    public void A_duplicate_in_any_case_and_an_empty_entry_are_refused_and_new_entries_are_saved_in_order()
    {
        var editor = RenderEditor(["calm", "direct"]);
        editor.Find("#edit-tones").Click();

        Add(editor, "  CALM ");
        Assert.Contains("“CALM” is already in the list", editor.Markup);
        Add(editor, "   ");
        Assert.Contains("Type a word or phrase first", editor.Markup);
        Add(editor, "wry,  bold   move");
        editor.Find("#save-tones").Click();

        Assert.Equal(["calm", "direct", "wry", "bold move"], saved);
    }

    [Fact]
    public void Removing_a_chip_and_saving_stores_the_shorter_list_and_cancel_stores_nothing()
    {
        var editor = RenderEditor(["calm", "direct", "wry"]);
        editor.Find("#edit-tones").Click();
        editor.FindAll(".mud-chip-close-button")[1].Click();
        editor.Find("#save-tones").Click();
        Assert.Equal(["calm", "wry"], saved);

        saved = null;
        editor.Find("#edit-tones").Click();
        Add(editor, "new");
        editor.FindAll("button").First(b => b.TextContent.Trim() == "Cancel").Click();
        Assert.Null(saved);
    }

    [Fact]
    public void When_saving_is_refused_the_editor_stays_open_with_the_reason_and_the_typed_entries()
    {
        refusal = "You were looking at version 2, but the persona is now at version 3.";
        var editor = RenderEditor(["calm"]);
        editor.Find("#edit-tones").Click();
        Add(editor, "warm");

        editor.Find("#save-tones").Click();

        Assert.Contains("now at version 3", editor.Markup);
        Assert.Contains("warm", editor.Find("#chips-tones").TextContent);
        Assert.NotNull(editor.Find("#save-tones"));
    }

    [Fact]
    public void A_list_refuses_to_grow_past_its_limit()
    {
        var items = Enumerable.Range(1, 50).Select(i => $"item {i}").ToList();

        var error = ChipListRules.Add(items, "one more", 50);

        Assert.Contains("at most 50", error);
        Assert.Equal(50, items.Count);
    }

    private IRenderedComponent<ChipListEditor> RenderEditor(IReadOnlyList<string> items) => Render<ChipListEditor>(p => p
        .Add(c => c.Id, "tones").Add(c => c.Label, "Tones").Add(c => c.Items, items)
        .Add(c => c.OnSave, list =>
        {
            if (refusal is null)
            {
                saved = list;
            }

            return Task.FromResult(refusal);
        }));

    private static void Add(IRenderedComponent<ChipListEditor> editor, string text)
    {
        editor.Find("#add-tones").Input(text);
        editor.Find("#add-tones").KeyDown(new KeyboardEventArgs { Key = "Enter" });
    }
}
