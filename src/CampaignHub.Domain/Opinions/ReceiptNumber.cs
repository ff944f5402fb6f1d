using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace CampaignHub.Domain.Opinions;

/// <summary>
/// The number a submitter keeps to follow up on an opinion, e.g. "YJ20140405-K7M2QX9P": "YJ" (意见),
/// the China date, and 8 characters drawn by a cryptographic generator from 32 unambiguous
/// characters (40 bits), so receipts cannot be guessed or enumerated.
/// </summary>
public static partial class ReceiptNumber
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const int RandomLength = 8;

    public static string New(DateOnly today) =>
        $"YJ{today:yyyyMMdd}-{new string(RandomNumberGenerator.GetItems<char>(Alphabet, RandomLength))}";

    /// <summary>Tidies what a person typed: trims, removes spaces, upper-cases.</summary>
    public static string Normalize(string? input) =>
        (input ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();

    /// <summary>Whether a (normalized) input can be a receipt number at all; lets lookups skip the store.</summary>
    public static bool IsWellFormed(string? input) => input is not null && Pattern().IsMatch(input);

    [GeneratedRegex("^YJ[0-9]{8}-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$")]
    private static partial Regex Pattern();
}
