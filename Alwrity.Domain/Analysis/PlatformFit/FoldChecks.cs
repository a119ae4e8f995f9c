using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>The text before "see more" on mobile and desktop, and whether the opening sentence (the hook) survives the cut.</summary>
internal sealed record FoldView(FoldCut? Mobile, FoldCut? Desktop)
{
    public static FoldView For(string text, FoldRule? fold) => fold is null
        ? new FoldView(null, null)
        : new FoldView(FoldCalculator.Cut(text, fold.Mobile, fold.MobileLines), FoldCalculator.Cut(text, fold.Desktop, fold.DesktopLines));

    public void AddFindings(string text, PlatformRules rules, List<PlatformFinding> findings)
    {
        if (Mobile is not { IsCut: true } mobile)
        {
            return;
        }

        var (hookStart, hookLength) = Hook(text);
        if (hookLength <= mobile.Text.Length)
        {
            return;
        }

        findings.Add(new PlatformFinding(
            FindingSeverity.Warning,
            FindingCodes.HookCutByFold,
            $"The opening sentence is {hookLength:N0} characters, but {rules.PlatformName} shows only about {mobile.Budget:N0} on mobile before \"see more\": readers see \"{mobile.Text}\".",
            $"Make the first sentence a hook of under {mobile.Budget:N0} characters (fewer if it has line breaks).")
        {
            Span = new TextSpan(hookStart, hookLength),
        });
    }

    /// <summary>The first sentence: up to . ! ? or … followed by a space, or up to the first line break.</summary>
    internal static (int Start, int Length) Hook(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var i = start;
        while (i < text.Length && text[i] is not ('\n' or '\r'))
        {
            var endsSentence = text[i] is '.' or '!' or '?' or '…'
                && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
            i++;
            if (endsSentence)
            {
                break;
            }
        }

        return (start, text.AsSpan(start, i - start).TrimEnd().Length);
    }
}
