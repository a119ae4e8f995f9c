using System.Net;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Website;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Onboarding;

/// <summary>SSRF protection with the test flag off. Nothing here connects anywhere but a 127.0.0.1 test site.</summary>
public sealed class WebsiteSafetyTests
{
    [Theory]
    [InlineData("http://127.0.0.1/", "loopback")]
    [InlineData("http://10.0.0.1/", "private network")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://[::1]/", "loopback")]
    [InlineData("http://localhost/", "this server itself")]
    [InlineData("http://192.168.1.20:8080/", "private network")]
    [InlineData("http://100.64.3.4/", "carrier-grade NAT")]
    [InlineData("http://[fd12:3456::1]/", "unique local")]
    [InlineData("http://[::ffff:127.0.0.1]/", "loopback")]
    [InlineData("http://0.0.0.0/", "unspecified")]
    [InlineData("ftp://example.com/", "Only http and https")]
    [InlineData("https://user:secret@example.com/", "user name or password")]
    public async Task Private_local_and_odd_addresses_are_refused_with_a_reason(string url, string reason)
    {
        await using var sp = OnboardingTestHost.Build(allowLoopback: false, resolver: new FixedResolver([]));

        var error = await Assert.ThrowsAsync<UnsafeUrlException>(() => sp.GetRequiredService<IWebsiteCollector>().PreviewAsync(url, CancellationToken.None));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("unsafe-url", error.Code);
    }

    [Fact]
    public async Task Host_name_resolving_to_loopback_is_refused_when_connecting()
    {
        await using var site = await LocalSite.StartAsync();
        site.Page("/", "<p>internal admin page</p>");
        var dns = new FixedResolver(new() { ["intranet.test"] = [IPAddress.Loopback] });
        await using var sp = OnboardingTestHost.Build(allowLoopback: false, resolver: dns);

        var error = await Assert.ThrowsAsync<UnsafeUrlException>(() =>
            sp.GetRequiredService<IWebsiteCollector>().PreviewAsync($"http://intranet.test:{site.Port}/", CancellationToken.None));

        Assert.Contains("'intranet.test' (127.0.0.1) is a loopback", error.Message, StringComparison.Ordinal);
        Assert.Contains("intranet.test", dns.Asked);
        Assert.Empty(site.Requested);
    }

    [Fact]
    public async Task Host_name_with_one_private_address_among_public_ones_is_refused()
    {
        await using var site = await LocalSite.StartAsync();
        var dns = new FixedResolver(new() { ["mixed.test"] = [IPAddress.Parse("203.0.113.9"), IPAddress.Loopback] });
        await using var sp = OnboardingTestHost.Build(allowLoopback: false, resolver: dns);

        await Assert.ThrowsAsync<UnsafeUrlException>(() =>
            sp.GetRequiredService<IWebsiteCollector>().PreviewAsync($"http://mixed.test:{site.Port}/", CancellationToken.None));

        Assert.Empty(site.Requested);
    }

    [Theory]
    [InlineData("8.8.8.8", null)]
    [InlineData("2606:4700::1111", null)]
    [InlineData("172.20.1.1", "private network")]
    [InlineData("172.32.0.1", null)]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("64:ff9b::a00:1", "private network")]
    [InlineData("2002:a9fe:a9fe::", "link-local (cloud metadata)")]
    public void Address_policy_allows_only_public_unicast(string address, string? refusal)
    {
        Assert.Equal(refusal, AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));
    }

    [Fact]
    public void Test_flag_allows_loopback_but_not_private_networks()
    {
        Assert.Null(AddressPolicy.Refusal(IPAddress.Loopback, allowLoopback: true));
        Assert.Null(AddressPolicy.Refusal(IPAddress.IPv6Loopback, allowLoopback: true));
        Assert.NotNull(AddressPolicy.Refusal(IPAddress.Parse("10.1.2.3"), allowLoopback: true));
        Assert.NotNull(AddressPolicy.Refusal(IPAddress.Parse("169.254.169.254"), allowLoopback: true));
    }
}
