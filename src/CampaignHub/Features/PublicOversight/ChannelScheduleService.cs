using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.PublicOversight;

/// <summary>
/// The schedules of the channels with set hours (主席接待日, 12338, 12345): the office publishes, revises and withdraws
/// them; the public page lists those in force with their next session; the office's opinion entry offers their recent
/// sessions. Exports and prints.
/// </summary>
public sealed class ChannelScheduleService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    /// <summary>How far back the opinion entry offers sessions: an opinion is entered within a month of being heard.</summary>
    public const int SessionLookBackDays = 31;

    public async Task<IReadOnlyList<ChannelScheduleDto>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        return await AllAsync(includeWithdrawn: true, cancellationToken);
    }

    /// <summary>The public page: the arrangements with a session still ahead, never withdrawn ones.</summary>
    public async Task<IReadOnlyList<ChannelScheduleDto>> PublicAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        return await AllAsync(includeWithdrawn: false, cancellationToken, s => s.IsAheadOn(today));
    }

    /// <summary>The sessions of the last month up to today, newest first, for the opinion entry's session picker.</summary>
    public async Task<IReadOnlyList<ChannelSessionDto>> RecentSessionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today;
        var schedules = await db.Set<ChannelSchedule>().AsNoTracking().Where(s => !s.IsWithdrawn).ToListAsync(cancellationToken);
        return schedules
            .SelectMany(s => s.SessionsBetween(today.AddDays(-SessionLookBackDays), today)
                .Select(day => new ChannelSessionDto(s.Id, s.Source, day, $"{day:yyyy年M月d日} {ChannelSchedule.WeekdayName(day.DayOfWeek)} {s.Receiver}（{s.HoursText}）")))
            .OrderByDescending(s => s.Date).ThenBy(s => s.ScheduleId).ToList();
    }

    public async Task<int> PublishAsync(Actor actor, ChannelScheduleInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var schedule = ChannelSchedule.Publish(Details(input), actor);
        db.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        return schedule.Id;
    }

    public async Task ReviseAsync(Actor actor, int scheduleId, ChannelScheduleInput input, CancellationToken cancellationToken = default)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var schedule = await FindAsync(db, scheduleId, cancellationToken);
        schedule.Revise(Details(input), actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task WithdrawAsync(Actor actor, int scheduleId, CancellationToken cancellationToken = default)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var schedule = await FindAsync(db, scheduleId, cancellationToken);
        schedule.Withdraw(actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<byte[]> ExportAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var schedules = await ListAsync(actor, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<ChannelScheduleDto>>
        {
            new("序号", _ => ++index, 6),
            new("渠道", s => s.SourceName, 12),
            new("接待人", s => s.Receiver, 24),
            new("日期", s => s.Days, 20),
            new("时间", s => s.Hours, 14),
            new("地点", s => s.Place, 24),
            new("电话", s => s.Phone, 16),
            new("有效期", s => Period(s), 24),
            new("下一场次", s => s.NextSession?.ToString("yyyy-MM-dd"), 12),
            new("状态", s => s.IsWithdrawn ? "已撤下" : "公布中", 10),
        };
        return new XlsxWriter().AddSheet("接待日与热线安排", schedules, columns, "主席接待日和12338、12345热线时间安排").ToBytes();
    }

    public static string Period(ChannelScheduleDto s) => s.ValidTo is { } to ? $"{s.ValidFrom:yyyy-MM-dd}至{to:yyyy-MM-dd}" : $"{s.ValidFrom:yyyy-MM-dd}起";

    private async Task<IReadOnlyList<ChannelScheduleDto>> AllAsync(bool includeWithdrawn, CancellationToken cancellationToken, Func<ChannelSchedule, bool>? shown = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today;
        var schedules = await db.Set<ChannelSchedule>().AsNoTracking().Where(s => includeWithdrawn || !s.IsWithdrawn).ToListAsync(cancellationToken);
        return schedules.Where(s => shown is null || shown(s)).OrderBy(s => s.IsWithdrawn).ThenBy(s => s.Source).ThenBy(s => s.Id).Select(s => new ChannelScheduleDto(
                s.Id, s.Source, s.Source.ToChinese(), s.Receiver, s.DaysText, s.HoursText, s.Place, s.Phone, s.ValidFrom, s.ValidTo, s.NextSession(today), s.IsWithdrawn,
                new ChannelScheduleInput(s.Source, s.Receiver, s.Repeat, ChannelSchedule.WeekdaysInOrder.Where(d => (s.WeekdayMask & (1 << (int)d)) != 0).ToList(),
                    s.DayOfMonth, s.Date, s.StartTime, s.EndTime, s.Place, s.Phone, s.ValidFrom, s.ValidTo)))
            .ToList();
    }

    private static ChannelScheduleDetails Details(ChannelScheduleInput input) => new(
        input.Source ?? throw new DomainException("请选择渠道"),
        input.Receiver,
        input.Repeat ?? throw new DomainException("请选择安排方式"),
        input.Weekdays,
        input.DayOfMonth,
        input.Date,
        input.StartTime,
        input.EndTime,
        input.Place,
        input.Phone,
        input.ValidFrom ?? throw new DomainException("请填写起始日期"),
        input.ValidTo);

    private static async Task<ChannelSchedule> FindAsync(CampaignHubDbContext db, int scheduleId, CancellationToken cancellationToken) =>
        await db.Set<ChannelSchedule>().FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken) ?? throw new NotFoundException("找不到该接待安排");
}
