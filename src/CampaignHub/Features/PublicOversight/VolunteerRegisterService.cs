using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Accounts;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.PublicOversight;

/// <summary>
/// The office's register of volunteer supervisors (群众义务监督员): appoint, revise, end the appointment, open the
/// sign-in account; with how many observations each filed and how many were answered. Exports and prints.
/// </summary>
public sealed class VolunteerRegisterService(IDbContextFactory<CampaignHubDbContext> dbFactory, IServiceScopeFactory scopes, IClock clock)
{
    public async Task<VolunteerRegisterDto> RegisterAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Id, c.Title }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().Where(u => u.RetiredOn == null).Select(u => new { u.Id, Name = u.ShortName ?? u.Name }).ToListAsync(cancellationToken);
        var order = Campaigns.CampaignService.TreeOrder(tree, units.Select(u => u.Id).ToHashSet());
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var volunteers = await db.Set<VolunteerSupervisor>().AsNoTracking().Include(v => v.Units).Where(v => v.CampaignId == campaignId).OrderBy(v => v.AppointedOn).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        var filed = await db.Set<Opinion>().AsNoTracking().Where(o => o.CampaignId == campaignId && o.VolunteerSupervisorId != null)
            .Select(o => new { VolunteerId = o.VolunteerSupervisorId!.Value, o.Status }).ToListAsync(cancellationToken);
        var today = clock.Today;
        var rows = volunteers.Select(v =>
        {
            var mine = filed.Where(f => f.VolunteerId == v.Id).ToList();
            var unitIds = v.Units.Select(u => u.UnitId).OrderBy(id => order.GetValueOrDefault(id, int.MaxValue)).ToList();
            return new VolunteerRowDto(
                v.Id, v.Name, VolunteerPrivacy.MaskedPhone(v), v.Note, string.Join("、", unitIds.Select(id => names.GetValueOrDefault(id, "已撤销单位"))),
                v.AppointedOn, v.EndedOn, v.EndReason, v.StandingOn(today).ToChinese(), v.UserName, mine.Count, mine.Count(m => m.Status.IsAnswered()),
                v.IsOpen, v.IsOpen, v.MayOpenAccount(today),
                new VolunteerInput(v.Name, v.Phone, v.Note, v.AppointedOn, unitIds));
        }).ToList();
        var options = units.OrderBy(u => order.GetValueOrDefault(u.Id, int.MaxValue))
            .Select(u => new Units.UnitOptionDto(u.Id, u.Name, new string('\u3000', tree.Depth(u.Id)) + u.Name)).ToList();
        return new VolunteerRegisterDto(campaign.Id, campaign.Title, today, rows, options);
    }

    public async Task<int> AppointAsync(Actor actor, int campaignId, VolunteerInput input, CancellationToken cancellationToken = default)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        if (!await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            throw new NotFoundException("找不到该活动");
        }

        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var volunteer = VolunteerSupervisor.Appoint(campaignId, Details(input), actor, tree, clock);
        db.Add(volunteer);
        await db.SaveChangesAsync(cancellationToken);
        return volunteer.Id;
    }

    public async Task ReviseAsync(Actor actor, int volunteerId, VolunteerInput input, CancellationToken cancellationToken = default)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var volunteer = await FindAsync(db, volunteerId, cancellationToken);
        volunteer.Revise(Details(input), actor, await db.LoadUnitTreeAsync(cancellationToken), clock);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Ends the appointment; the account (if any) can no longer sign in from the end day on, and open sessions end at the next check.</summary>
    public async Task EndAsync(Actor actor, int volunteerId, EndAppointmentInput input, CancellationToken cancellationToken = default)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var volunteer = await FindAsync(db, volunteerId, cancellationToken);
        volunteer.EndAppointment(input.EndedOn ?? throw new DomainException("请填写聘期结束日期"), input.Reason ?? string.Empty, actor, clock);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Opens the volunteer's sign-in account with a one-time password, returned here once.</summary>
    public async Task<IssuedPassword> OpenAccountAsync(Actor actor, int volunteerId, OpenVolunteerAccountInput input, CancellationToken cancellationToken = default)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        await using var scope = scopes.CreateAsyncScope();
        return await OpenAccountInScopeAsync(scope.ServiceProvider, actor, volunteerId, input.UserName, OneTimePasswords.Generate(), mustChangePassword: true, clock, cancellationToken);
    }

    /// <summary>
    /// Creates the account and links it to the volunteer in one transaction, so a refused link leaves no orphan account.
    /// The demo seeding uses it with the published demo password.
    /// </summary>
    internal static async Task<IssuedPassword> OpenAccountInScopeAsync(IServiceProvider services, Actor actor, int volunteerId, string? userName, string password, bool mustChangePassword, IClock clock, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CampaignHubDbContext>();
        db.Actor = actor.UserName;
        var volunteer = await FindAsync(db, volunteerId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var issued = await AccountService.CreateInScopeAsync(services, new AccountInput(userName ?? string.Empty, Roles.Volunteer, null, ScreenName: volunteer.Name), password, mustChangePassword, cancellationToken);
        volunteer.AttachAccount(issued.UserName, actor, clock);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return issued;
    }

    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var register = await RegisterAsync(actor, campaignId, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<VolunteerRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("姓名", v => v.Name, 12),
            new("联系电话", v => v.MaskedPhone, 16),
            new("身份", v => v.Note, 20),
            new("监督的单位", v => v.UnitNames, 36),
            new("聘任日期", v => v.AppointedOn.ToString("yyyy-MM-dd"), 12),
            new("聘期结束", v => v.EndedOn?.ToString("yyyy-MM-dd"), 12),
            new("状态", v => v.Standing, 10),
            new("提出监督意见", v => v.Observations, 12),
            new("已答复", v => v.Answered, 10),
        };
        return new XlsxWriter().AddSheet("群众义务监督员", register.Volunteers, columns, $"{register.CampaignTitle}群众义务监督员名册").ToBytes();
    }

    private static VolunteerDetails Details(VolunteerInput input) =>
        new(input.Name, input.Phone, input.Note, input.AppointedOn ?? throw new DomainException("请填写聘任日期"), input.UnitIds ?? []);

    private static async Task<VolunteerSupervisor> FindAsync(CampaignHubDbContext db, int volunteerId, CancellationToken cancellationToken) =>
        await db.Set<VolunteerSupervisor>().Include(v => v.Units).FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken)
        ?? throw new NotFoundException("找不到该义务监督员");
}
