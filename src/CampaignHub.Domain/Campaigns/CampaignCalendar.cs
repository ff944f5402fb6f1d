using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>
/// Which dates a campaign's records may carry: the campaign's years with one year's slack either side
/// (a plan drafted the December before, a record corrected the January after). Anything else — 0001-01-01,
/// 9999-12-31 — is a typing slip or a crafted request, and is refused with a Chinese message.
/// </summary>
public static class CampaignCalendar
{
    public const int SlackYears = 1;

    /// <summary>From 1 January of the year before the campaign starts to 31 December of the year after it ends.</summary>
    public static DateRange PlausibleDates(DateOnly campaignStart, DateOnly campaignEnd) =>
        new(new DateOnly(Math.Max(1, campaignStart.Year - SlackYears), 1, 1), new DateOnly(Math.Min(9999, campaignEnd.Year + SlackYears), 12, 31));

    public static DateRange PlausibleDates(DateRange campaignPeriod) => PlausibleDates(campaignPeriod.Start, campaignPeriod.End);

    /// <summary>The message for a date outside the campaign's plausible dates; null when it is inside.</summary>
    public static string? Problem(DateOnly date, DateRange campaignPeriod, string fieldName)
    {
        var plausible = PlausibleDates(campaignPeriod);
        return plausible.Contains(date)
            ? null
            : $"{fieldName}须在{plausible.Start.Year}年至{plausible.End.Year}年之间（活动年度前后{SlackYears}年内）";
    }

    public static void Ensure(DateOnly date, DateRange campaignPeriod, string fieldName)
    {
        if (Problem(date, campaignPeriod, fieldName) is { } message)
        {
            throw new DomainException(message);
        }
    }
}
