using Alwrity.Domain.Ai;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alwrity.Tests.Ai;

public sealed class AiOptionsTests
{
    [Fact]
    public void Unknown_provider_is_refused_with_the_accepted_names()
    {
        using var sp = AiTestHost.Build(null, s => s["Ai:Provider"] = "Gemeni");

        var error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<AiOptions>>().Value);

        Assert.Contains("'Gemeni' is not known", error.Message, StringComparison.Ordinal);
        Assert.Contains("OpenAICompatible", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_timeout_shorter_than_one_attempt_is_refused()
    {
        using var sp = AiTestHost.Build(null, s => s["Ai:TotalTimeoutSeconds"] = "3");

        var error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<AiOptions>>().Value);

        Assert.Contains("Ai:TotalTimeoutSeconds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gemini_without_a_key_falls_back_to_local_and_says_why()
    {
        await using var sp = AiTestHost.Build(null, s => s["Ai:Provider"] = "gemini", services => services.AddSingleton<Microsoft.EntityFrameworkCore.IDbContextFactory<Alwrity.Domain.Data.AlwrityDbContext>>(new TestDatabase()));

        var selection = await sp.GetRequiredService<IAiProviderResolver>().ResolveAsync(null, CancellationToken.None);

        Assert.True(selection.IsLocal);
        Assert.Contains("Ai:Gemini:ApiKey is empty", selection.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_use_local_with_gemini_flash_lite_on_googles_openai_endpoint()
    {
        var defaults = new AiOptions();

        Assert.Equal(AiProviders.Local, defaults.Provider);
        Assert.Equal("gemini-2.5-flash-lite", defaults.Gemini.Model);
        Assert.Equal("https://generativelanguage.googleapis.com/v1beta/openai/", defaults.Gemini.Endpoint);
    }
}
