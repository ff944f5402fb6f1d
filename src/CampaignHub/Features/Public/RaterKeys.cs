using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using CampaignHub.Infrastructure;
using Microsoft.Extensions.Options;

namespace CampaignHub.Features.Public;

/// <summary>
/// Turns a client's network address into a rater key: HMAC-SHA256 of the address under a secret kept in
/// the shared folder (<c>rater-key.secret</c>, made on first use; the data folder unless set, and alike on every node). The key lets the server count distinct
/// raters and per-client quotas; the address itself is never stored, and without the secret a key cannot
/// be matched to an address by trying them all. An IPv6 client counts by its /64 network (one subscriber).
/// </summary>
public sealed class RaterKeys(IOptions<CampaignHubOptions> options)
{
    public const string SecretFileName = "rater-key.secret";

    private readonly Lazy<byte[]> _secret = new(() => LoadOrCreateSecret(Path.Combine(options.Value.ResolveSharedFolder(), SecretFileName)));

    public string For(IPAddress? address)
    {
        var bytes = Normalise(address);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_secret.Value, bytes));
    }

    private static byte[] Normalise(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown"u8.ToArray();
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetworkV6 ? bytes[..8] : bytes;
    }

    private static byte[] LoadOrCreateSecret(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllBytes(path);
            if (existing.Length >= 32)
            {
                return existing;
            }
        }

        var secret = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N");
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // the owner only
        }

        using (var file = new FileStream(temporary, fileOptions))
        {
            file.Write(secret);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return secret;
        }
        catch (IOException)
        {
            // Another process wrote it first: use theirs, so every key stays comparable.
            File.Delete(temporary);
            return File.ReadAllBytes(path);
        }
    }
}
