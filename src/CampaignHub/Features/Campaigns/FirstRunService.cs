using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Campaigns;

/// <summary>One step of setting up an empty installation, in the order an office works through them.</summary>
public sealed record FirstRunStep(string Title, string Explanation, string Href, bool Done);

/// <summary>Where a fresh installation stands: 组织机构 → 人员与账号 → 活动.</summary>
public sealed record FirstRunDto(IReadOnlyList<FirstRunStep> Steps, bool MaySetUp)
{
    public bool Complete => Steps.All(s => s.Done);
}

/// <summary>Reads how far set-up has come, so the 工作台 can guide the administrator through what is left.</summary>
public sealed class FirstRunService(IDbContextFactory<CampaignHubDbContext> dbFactory)
{
    public const string OrganisationPath = "admin/organisation";
    /// <summary>The 人员与账号 page, where accounts are opened for people (there is no separate accounts page).</summary>
    public const string AccountsPath = "admin/people";

    public async Task<FirstRunDto> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hasUnits = await db.Set<Unit>().AnyAsync(cancellationToken);
        var hasPeople = await db.Set<Person>().AnyAsync(cancellationToken);

        // The administrator's own account does not count: set-up is done once someone else can sign in.
        var hasOtherAccounts = await db.Users.CountAsync(cancellationToken) > 1;
        var hasCampaigns = await db.Set<Campaign>().AnyAsync(cancellationToken);
        return new FirstRunDto(
            [
                new FirstRunStep("组织机构", "建立单位树：区级机关、街道（镇）及其下属单位、村（社区），可从Excel导入。", OrganisationPath, hasUnits),
                new FirstRunStep("人员与账号", "录入各单位领导和联络员，为活动办、督导组和单位联络员开设账号。", AccountsPath, hasPeople && hasOtherAccounts),
                new FirstRunStep("活动", "按文件新建活动（可选用模板），设置环节、时间节点、参加单位和规则参数。", CampaignSelection.SetupPath, hasCampaigns),
            ],
            actor.IsIn(Roles.Admin) || actor.IsOffice);
    }
}
