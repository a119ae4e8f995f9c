using Alwrity.Domain.Analysis.VoiceMatch;
using Alwrity.Domain.Analysis.VoiceMatch.Evaluation;
using Xunit.Abstractions;

namespace Alwrity.Tests.Analysis.VoiceMatch;

/// <summary>
/// Same-author retrieval (<see cref="VoiceRetrieval"/>): every ~1,000-word chunk of a document is matched against
/// every author's profile (~5,000 words); the author's own profile is built from their OTHER documents only, so the
/// candidate text never appears in any reference. Published Cosine Delta results for ~1,000-word texts are ~63–69%
/// top-1 among 40 authors (novels); here the pools are 11 presidents (State of the Union, speechwriters' texts) and
/// 39 (inaugurals, many with one short address as their whole profile). "Held-out" norms were built without the
/// collection under test, so neither the word and n-gram statistics nor the calibration have seen it — the
/// situation of a writer whose genre the background corpora lack.
/// </summary>
public sealed class VoiceRetrievalTests(ITestOutputHelper output)
{
    // Measured (every chunk; `voice-retrieval` prints the same figures). Before the shift-free difference and the
    // function-word pairs the method scored 0.619 / 0.714 in-sample and 0.581 / 0.571 held-out (State of the Union /
    // inaugural), which fails the held-out inaugural floor; before the weighted word + n-gram mixture it scored
    // 0.569 / 0.490 and 0.481 / 0.429, which fails all four. Floors sit about 0.05 under the measured values (16
    // State of the Union trials, two or three inaugural ones) so that small model changes do not trip them while a
    // real loss does. The within-author word directions projected out since (NuisanceDirections) raised held-out
    // top-1 to 0.625 / 0.714, so the held-out inaugural floor moved up from 0.60; the in-sample figures rose far
    // more (0.725 / 0.898 / 0.948) because those directions were learned from the very authors under test, so the
    // in-sample floors stay where the method without them put them.
    private const double StateOfTheUnionFloor = 0.58; // measured 232/320 = 0.725 (203/320 = 0.634 before the projection)
    private const double InauguralFloor = 0.70; // measured 44/49 = 0.898 (37/49 = 0.755 before)
    private const double HeldOutStateOfTheUnionFloor = 0.57; // measured 200/320 = 0.625 (198/320 = 0.619 before)
    private const double HeldOutInauguralFloor = 0.66; // measured 35/49 = 0.714 (32/49 = 0.653 before)
    private const double FederalistFloor = 0.88; // measured 128/135 = 0.948 (126/135 = 0.933 before; three authors)

    [Fact]
    public void Presidents_are_recognised_among_eleven_State_of_the_Union_authors() =>
        AssertTopOne("state_union", VoiceNormsStore.Default, StateOfTheUnionFloor);

    [Fact]
    public void Presidents_are_recognised_among_thirty_nine_inaugural_authors() =>
        AssertTopOne("inaugural", VoiceNormsStore.Default, InauguralFloor);

    [Fact]
    public void Federalist_authors_are_recognised() =>
        AssertTopOne("federalist", VoiceNormsStore.Default, FederalistFloor);

    [Fact]
    public void State_of_the_Union_presidents_are_recognised_with_norms_that_never_saw_the_collection() =>
        AssertTopOne("state_union", VoiceCorpora.NormsWithout("state_union"), HeldOutStateOfTheUnionFloor);

    [Fact]
    public void Inaugural_presidents_are_recognised_with_norms_that_never_saw_the_collection() =>
        AssertTopOne("inaugural", VoiceCorpora.NormsWithout("inaugural"), HeldOutInauguralFloor);

    private void AssertTopOne(string collection, VoiceNorms norms, double floor)
    {
        var report = VoiceCorpora.Retrieval(collection, norms);
        output.WriteLine(report.Summary());
        output.WriteLine(report.PerAuthorSummary());

        Assert.True(report.Trials >= 40, $"only {report.Trials} trials");
        Assert.True(report.TopOneAccuracy >= floor, $"top-1 {report.TopOneAccuracy:0.000} fell below {floor}");
    }
}
