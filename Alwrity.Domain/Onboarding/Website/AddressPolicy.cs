using System.Net;
using System.Net.Sockets;

namespace Alwrity.Domain.Onboarding.Website;

/// <summary>
/// Which IP addresses the website collector may connect to: public unicast only. Refuses private (10/8, 172.16/12,
/// 192.168/16, fc00::/7), loopback, link-local (169.254/16 incl. cloud metadata, fe80::/10), unspecified, multicast,
/// CGNAT (100.64/10), broadcast and reserved ranges, also when wrapped in IPv4-mapped, NAT64 or 6to4 IPv6 addresses.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Null when the address may be fetched, else what kind of address it is.</summary>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback ? null : "loopback (this machine)";
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => RefusalV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => RefusalV6(address, allowLoopback),
            _ => "not an internet address",
        };
    }

    private static string? RefusalV4(byte[] b) => b switch
    {
        [0, ..] => "unspecified",
        [10, ..] => "private network",
        [100, >= 64 and <= 127, ..] => "shared carrier-grade NAT",
        [169, 254, ..] => "link-local (cloud metadata)",
        [172, >= 16 and <= 31, ..] => "private network",
        [192, 168, ..] => "private network",
        [192, 0, 0, _] => "reserved",
        [198, 18 or 19, ..] => "reserved for benchmarking",
        [>= 224 and <= 239, ..] => "multicast",
        [>= 240, ..] => "reserved or broadcast",
        _ => null,
    };

    private static string? RefusalV6(IPAddress address, bool allowLoopback)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified";
        }

        return b switch
        {
            [0xFC or 0xFD, ..] => "private network (unique local)",
            [0xFE, >= 0x80 and <= 0xBF, ..] => "link-local",
            [0xFE, >= 0xC0, ..] => "site-local",
            [0xFF, ..] => "multicast",
            [0x00, 0x64, 0xFF, 0x9B, ..] => Embedded(b[12..16], allowLoopback),
            [0x20, 0x02, ..] => Embedded(b[2..6], allowLoopback),
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ..] => Embedded(b[12..16], allowLoopback),
            _ => null,
        };
    }

    private static string? Embedded(byte[] v4, bool allowLoopback) => Refusal(new IPAddress(v4), allowLoopback);
}
