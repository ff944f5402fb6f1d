namespace CampaignHub.Domain.Common;

/// <summary>
/// A business rule was broken. The message is user-facing Simplified Chinese, because it is shown
/// as-is next to the field or in a notification.
/// </summary>
public class DomainException(string message) : Exception(message);

/// <summary>The acting person may not do this (e.g. edit another unit's data).</summary>
public sealed class AccessDeniedException(string message) : DomainException(message);

/// <summary>Guards used by constructors and factories to refuse invalid state.</summary>
public static class Guard
{
    public static string Required(string? value, string fieldName, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException($"{fieldName}不能为空");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"{fieldName}不能超过{maxLength}个字符");
        }

        return trimmed;
    }

    public static string? Optional(string? value, string fieldName, int maxLength = 2000)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainException($"{fieldName}不能超过{maxLength}个字符");
        }

        return trimmed;
    }

    public static int Percent(int value, string fieldName = "进度")
    {
        if (value is < 0 or > 100)
        {
            throw new DomainException($"{fieldName}必须在0到100之间");
        }

        return value;
    }
}
