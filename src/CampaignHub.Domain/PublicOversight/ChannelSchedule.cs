using System.Globalization;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;

namespace CampaignHub.Domain.PublicOversight;

/// <summary>How a channel's sessions repeat.</summary>
public enum ChannelRepeat
{
    /// <summary>每周: on the chosen weekdays.</summary>
    Weekly = 1,

    /// <summary>每月: on one day of each month.</summary>
    Monthly = 2,

    /// <summary>单次: one dated session.</summary>
    Once = 3,
}

public static class ChannelRepeatNames
{
    public static string ToChinese(this ChannelRepeat repeat) => repeat switch
    {
        ChannelRepeat.Weekly => "每周",
        ChannelRepeat.Monthly => "每月",
        ChannelRepeat.Once => "单次",
        _ => repeat.ToString(),
    };
}

/// <summary>
/// When and where the public can reach an opinion channel that has set hours: the 主席接待日 (a chair — 区政协主席,
/// 妇联主席 — receives the public on fixed days) and the 12338 / 12345 hotlines. Published on the public pages so the
/// public knows when to come or call; an opinion the office enters from such a channel names the session it came
/// from (<see cref="Opinion.HeardAtSession"/>). A dated leader reception (领导接访日) stays a
/// <see cref="ContactDuties.ScheduledReception"/>: it is one announced occasion of one leader on record, where these
/// are standing arrangements of a channel.
/// </summary>
public sealed class ChannelSchedule : AggregateRoot
{
    public const int MaxTextLength = 100;

    private ChannelSchedule()
    {
        Receiver = string.Empty;
    }

    public OpinionSource Source { get; private set; }

    /// <summary>Who receives or answers (e.g. 区妇联主席 王秀英、12338妇女维权热线值班员).</summary>
    public string Receiver { get; private set; }

    public ChannelRepeat Repeat { get; private set; }

    /// <summary>Weekly: the weekdays (bit 1 &lt;&lt; DayOfWeek).</summary>
    public int WeekdayMask { get; private set; }

    /// <summary>Monthly: the day of the month (1–28, so every month has it).</summary>
    public int? DayOfMonth { get; private set; }

    /// <summary>Once: the session's date.</summary>
    public DateOnly? Date { get; private set; }

    /// <summary>Null with <see cref="EndTime"/> null: around the clock (a 24-hour hotline).</summary>
    public TimeOnly? StartTime { get; private set; }

    public TimeOnly? EndTime { get; private set; }

    public string? Place { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The first day the arrangement holds.</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day it holds; null while it stands.</summary>
    public DateOnly? ValidTo { get; private set; }

    public bool IsWithdrawn { get; private set; }

    /// <summary>The channels that keep set hours and so have a schedule.</summary>
    public static bool HasSchedule(OpinionSource source) =>
        source is OpinionSource.ChairReceptionDay or OpinionSource.Hotline12338 or OpinionSource.Hotline12345;

    public static ChannelSchedule Publish(ChannelScheduleDetails details, Actor actor)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        var schedule = new ChannelSchedule();
        schedule.Apply(details);
        schedule.Raise(new ChannelSchedulePublished(schedule));
        return schedule;
    }

    public void Revise(ChannelScheduleDetails details, Actor actor)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        if (IsWithdrawn)
        {
            throw new DomainException("已撤下的安排不能再修改");
        }

        Apply(details);
        Raise(new ChannelScheduleRevised(this));
    }

    public void Withdraw(Actor actor)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        if (IsWithdrawn)
        {
            throw new DomainException("该安排已撤下");
        }

        IsWithdrawn = true;
        Raise(new ChannelScheduleWithdrawn(this));
    }

    public bool HoldsOn(DateOnly day) => !IsWithdrawn && day >= ValidFrom && (ValidTo is null || day <= ValidTo);

    /// <summary>True when a session of this channel falls on <paramref name="day"/>.</summary>
    public bool HasSessionOn(DateOnly day) => HoldsOn(day) && Repeat switch
    {
        ChannelRepeat.Weekly => (WeekdayMask & (1 << (int)day.DayOfWeek)) != 0,
        ChannelRepeat.Monthly => day.Day == DayOfMonth,
        ChannelRepeat.Once => day == Date,
        _ => false,
    };

    /// <summary>The session days from <paramref name="from"/> to <paramref name="to"/>, both included, oldest first.</summary>
    public IReadOnlyList<DateOnly> SessionsBetween(DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (HasSessionOn(day))
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>The next session from <paramref name="today"/> on within a year, or null when none is left.</summary>
    public DateOnly? NextSession(DateOnly today) => SessionsBetween(today, today.AddYears(1)).Cast<DateOnly?>().FirstOrDefault();

    /// <summary>
    /// Whether the public page still lists this arrangement on <paramref name="today"/>: it has a session ahead. A
    /// single session that has passed, or an arrangement that has ended, would only send people to a closed door.
    /// </summary>
    public bool IsAheadOn(DateOnly today) => NextSession(today) is not null;

    /// <summary>The rule in words as people say it: 每天, 每周一至周五, 每周二、周四, 每月15日, 2014年4月18日.</summary>
    public string DaysText => Repeat switch
    {
        ChannelRepeat.Weekly => WeeklyText(WeekdayMask),
        ChannelRepeat.Monthly => $"每月{DayOfMonth}日",
        ChannelRepeat.Once => Date?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? string.Empty,
        _ => string.Empty,
    };

    public string HoursText => StartTime is { } start && EndTime is { } end ? $"{start:HH\\:mm}—{end:HH\\:mm}" : "24小时";

    private const int EveryDayMask = 0b111_1111;

    private const int WorkingDaysMask = 0b011_1110;

    private static string WeeklyText(int mask) => mask switch
    {
        EveryDayMask => "每天",
        WorkingDaysMask => "每周一至周五",
        _ => "每" + string.Join("、", WeekdaysInOrder.Where(d => (mask & (1 << (int)d)) != 0).Select(WeekdayName)),
    };

    public static IReadOnlyList<DayOfWeek> WeekdaysInOrder { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string WeekdayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };

    /// <summary>Why an opinion of <paramref name="source"/> raised on <paramref name="day"/> cannot have come from this channel's session.</summary>
    public string? WhyNotSessionOf(OpinionSource source, DateOnly day)
    {
        if (source != Source)
        {
            return $"所选场次属于“{Source.ToChinese()}”，与意见来源“{source.ToChinese()}”不一致";
        }

        return HasSessionOn(day) ? null : $"{day:yyyy年M月d日}不是“{Receiver}”的接待或值班日";
    }

    private void Apply(ChannelScheduleDetails details)
    {
        if (!HasSchedule(details.Source))
        {
            throw new DomainException("只有主席接待日和12338、12345热线登记时间安排");
        }

        Source = details.Source;
        Receiver = Guard.Required(details.Receiver, "接待人", MaxTextLength);
        Repeat = Enum.IsDefined(details.Repeat) ? details.Repeat : throw new DomainException("请选择安排方式");
        WeekdayMask = 0;
        DayOfMonth = null;
        Date = null;
        switch (Repeat)
        {
            case ChannelRepeat.Weekly:
                var weekdays = details.Weekdays ?? [];
                if (weekdays.Count == 0 || weekdays.Any(d => !Enum.IsDefined(d)))
                {
                    throw new DomainException("每周安排须选择星期");
                }

                WeekdayMask = weekdays.Aggregate(0, (mask, d) => mask | (1 << (int)d));
                break;
            case ChannelRepeat.Monthly:
                DayOfMonth = details.DayOfMonth is >= 1 and <= 28 ? details.DayOfMonth : throw new DomainException("每月安排的日期须在1日到28日之间");
                break;
            case ChannelRepeat.Once:
                Date = details.Date ?? throw new DomainException("请填写接待日期");
                break;
        }

        if ((details.StartTime is null) != (details.EndTime is null))
        {
            throw new DomainException("请同时填写开始和结束时间，24小时热线两者都不填");
        }

        if (details.StartTime is { } start && details.EndTime is { } end && end <= start)
        {
            throw new DomainException("结束时间必须晚于开始时间");
        }

        if (Source == OpinionSource.ChairReceptionDay && details.StartTime is null)
        {
            throw new DomainException("主席接待日须填写接待时间");
        }

        StartTime = details.StartTime;
        EndTime = details.EndTime;
        Place = Guard.Optional(details.Place, "地点", MaxTextLength);
        Phone = Guard.Optional(details.Phone, "电话", 30);
        if (Place is null && Phone is null)
        {
            throw new DomainException("请填写接待地点或电话，群众才知道去哪里、打哪个电话");
        }

        if (details.ValidTo is { } to && to < details.ValidFrom)
        {
            throw new DomainException("截止日期不能早于起始日期");
        }

        if (Date is { } once && (once < details.ValidFrom || (details.ValidTo is { } last && once > last)))
        {
            throw new DomainException("接待日期须在安排的有效期内");
        }

        ValidFrom = details.ValidFrom;
        ValidTo = details.ValidTo;
    }
}

/// <summary>What the office enters about a channel's schedule.</summary>
public sealed record ChannelScheduleDetails(
    OpinionSource Source,
    string? Receiver,
    ChannelRepeat Repeat,
    IReadOnlyList<DayOfWeek>? Weekdays,
    int? DayOfMonth,
    DateOnly? Date,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    string? Place,
    string? Phone,
    DateOnly ValidFrom,
    DateOnly? ValidTo);
