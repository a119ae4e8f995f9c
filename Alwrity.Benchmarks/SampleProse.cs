namespace Alwrity.Benchmarks;

/// <summary>A few paragraphs of ordinary English prose, written for this benchmark, used when no corpus folder is given.</summary>
internal static class SampleProse
{
    public const string Text =
        "Last spring our small team decided to rewrite the way we plan content. We had been publishing three posts a week, "
        + "but nobody could say which ones actually worked. So we started measuring. Not vanity numbers, but the things "
        + "that mattered to us: replies from real customers, demo requests, and the questions people asked afterwards.\n\n"
        + "The first month was humbling. Our long, careful essays were read by almost no one, while a quick note about a "
        + "mistake we had made in onboarding drew dozens of thoughtful comments. Why did that happen? I think readers "
        + "could tell that the short post was honest. It wasn't polished; it was useful.\n\n"
        + "Here is what we changed:\n- We write the headline last.\n- Every post answers one question a customer asked us.\n"
        + "- We cut the first paragraph, because it is usually throat-clearing.\n\n"
        + "None of this is new, of course. Good editors have said it for decades. But seeing it in our own data made it "
        + "stick — and it made our writing feel more like us. If you try it, start small: pick one channel, one metric, "
        + "and one month. You'll learn more than you expect... and probably faster than we did!\n";
}
