using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.ContactDuties;

/// <summary>The quotas as data: the office reads them, an administrator changes targets (the domain refuses anyone else).</summary>
public sealed class QuotaRuleService(IDbContextFactory<CampaignHubDbContext> dbFactory)
{
    public async Task<IReadOnlyList<QuotaRuleDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = await db.Set<QuotaRule>().AsNoTracking().ToListAsync(cancellationToken);
        return rules.OrderBy(r => r.Role).ThenBy(r => r.DutyType).ThenBy(r => r.Id).Select(ToDto).ToList();
    }

    public async Task<QuotaRuleDto> ChangeAsync(Actor actor, int ruleId, ChangeQuotaRuleRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var rule = await db.Set<QuotaRule>().FirstOrDefaultAsync(r => r.Id == ruleId, cancellationToken)
            ?? throw new NotFoundException("找不到该考核指标");
        rule.EnsureVersion(request.ExpectedVersion, () => ToDto(rule));
        rule.Change(request.Target, request.Measure, request.Period, request.Description, request.MinConsecutiveDays, request.Source, actor);
        if (request.IsActive != rule.IsActive)
        {
            if (request.IsActive)
            {
                rule.Activate(actor);
            }
            else
            {
                rule.Deactivate(actor);
            }
        }

        await db.SaveOrConflictAsync(async () => await CurrentAsync(ruleId, cancellationToken), cancellationToken);
        return ToDto(rule);
    }

    internal static QuotaRuleDto ToDto(QuotaRule r) =>
        new(r.Id, r.Version, r.Role, r.DutyType, r.Target, r.Measure, r.Period, r.MinConsecutiveDays, r.Description, r.Source, r.IsActive, r.TargetText);

    private async Task<object?> CurrentAsync(int ruleId, CancellationToken cancellationToken)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await fresh.Set<QuotaRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == ruleId, cancellationToken);
        return current is null ? null : ToDto(current);
    }
}
