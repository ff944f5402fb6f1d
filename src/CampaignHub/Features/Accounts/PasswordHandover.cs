using System.Collections.Concurrent;
using System.Security.Cryptography;
using CampaignHub.Domain.Common;
using CampaignHub.Infrastructure.Excel;

namespace CampaignHub.Features.Accounts;

/// <summary>
/// The one-time passwords of an import, kept in memory for one download as .xlsx by the administrator who imported
/// them: the first download (or ten minutes) removes them. Nothing is written to disk or the database.
/// </summary>
public sealed class PasswordHandover(IClock clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (string Owner, DateTimeOffset Expires, IReadOnlyList<IssuedPassword> Passwords)> _pending = new();

    /// <summary>Keeps the passwords for one download by <paramref name="owner"/>; returns the download token.</summary>
    public string Keep(string owner, IReadOnlyList<IssuedPassword> passwords)
    {
        foreach (var expired in _pending.Where(p => p.Value.Expires < clock.UtcNow).Select(p => p.Key).ToList())
        {
            _pending.TryRemove(expired, out _);
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _pending[token] = (owner, clock.UtcNow + Lifetime, passwords);
        return token;
    }

    /// <summary>The workbook, once: null when the token is unknown, expired, already used or someone else's.</summary>
    public byte[]? TakeWorkbook(string owner, string token)
    {
        if (!_pending.TryGetValue(token, out var entry) || entry.Owner != owner || !_pending.TryRemove(token, out _) || entry.Expires < clock.UtcNow)
        {
            return null;
        }

        XlsxColumn<IssuedPassword>[] columns =
        [
            new("姓名", p => p.DisplayName, 16),
            new("账号", p => p.UserName, 18),
            new("一次性密码", p => p.OneTimePassword, 20),
        ];
        return new XlsxWriter().AddSheet("一次性密码", entry.Passwords, columns, "一次性密码（首次登录须修改；请当面交付后销毁本文件）").ToBytes();
    }
}
