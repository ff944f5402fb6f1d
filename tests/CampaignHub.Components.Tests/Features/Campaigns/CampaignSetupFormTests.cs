using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Campaigns.Components;
using CampaignHub.Features.Units;

namespace CampaignHub.Components.Tests.Features.Campaigns;

public sealed class CampaignSetupFormTests : ComponentTestContext
{
    private static readonly IReadOnlyList<UnitTreeNodeDto> Units =
    [
        new(1, "中共南京市江宁区委", UnitKind.District, 0, null, 0, "中共南京市江宁区委", "江宁区委"),
        new(2, "东山街道", UnitKind.StreetOrTownship, 1, 1, 0, "东山街道", null),
        new(3, "上坊社区", UnitKind.VillageOrCommunity, 2, 2, 0, "上坊社区", null),
    ];

    private IRenderedComponent<CampaignSetupForm> RenderForm(CampaignForm form, IReadOnlyList<SetupProblem> problems)
    {
        Render<MudBlazor.MudPopoverProvider>();
        return Render<CampaignSetupForm>(p => p
            .Add(x => x.Form, form)
            .Add(x => x.Units, Units)
            .Add(x => x.Problems, problems));
    }

    [Fact]
    public void A_template_draft_fills_the_form_with_its_phases_and_milestones()
    {
        SignInAs(Roles.Office);
        var form = CampaignForm.From(CampaignTemplate.Find(CampaignTemplate.DoubleLinkage).Draft(2014, [2]));

        var cut = RenderForm(form, form.Problems());

        Assert.Equal(3, cut.FindAll("[data-testid=setup-phase]").Count);
        Assert.Equal(3, cut.FindAll("[data-testid=setup-milestone]").Count);
        Assert.Contains("已选 1 个单位", cut.Markup);
        Assert.Empty(form.Problems());
    }

    [Fact]
    public void Validation_messages_in_Chinese_are_shown_beside_their_fields()
    {
        SignInAs(Roles.Office);
        var form = CampaignForm.From(CampaignTemplate.Find(CampaignTemplate.DoubleLinkage).Draft(2014, [2]));
        form.Title = " ";
        form.ExperienceActivitiesMin = 6;
        form.Phases[0].Milestones[0].DueDate = new DateOnly(2014, 6, 15);

        var cut = RenderForm(form, form.Problems());

        Assert.Contains("活动名称不能为空", cut.Find("[data-testid=setup-title]").ParentElement!.ParentElement!.ParentElement!.TextContent);
        Assert.Contains("体验活动最多项数不能少于最少项数", cut.Find("[data-testid=setup-rules]").TextContent);
        Assert.Contains("日期必须在环节“学习教育、听取意见”期间", cut.FindAll("[data-testid=setup-milestone]")[0].TextContent);
        Assert.Contains("还有 3 处需要修改", cut.Find("[data-testid=setup-problem-count]").TextContent);
    }

    [Fact]
    public void A_missing_date_is_asked_for_rather_than_refused_as_year_one()
    {
        SignInAs(Roles.Office);
        var form = new CampaignForm { Title = "活动", DocumentNumber = "文号", IssuingBody = "机关" };

        var problems = form.Problems();

        Assert.Contains(problems, p => p.Field == "StartDate" && p.Message == "请填写开始日期");
        Assert.DoesNotContain(problems, p => p.Message.Contains("0001", StringComparison.Ordinal));
    }

    [Fact]
    public void An_archived_campaign_is_shown_read_only_without_a_save_button()
    {
        SignInAs(Roles.Admin);
        var form = CampaignForm.From(CampaignTemplate.Find(CampaignTemplate.DoubleLinkage).Draft(2014, [2]));
        Render<MudBlazor.MudPopoverProvider>();

        var cut = Render<CampaignSetupForm>(p => p.Add(x => x.Form, form).Add(x => x.Units, Units).Add(x => x.ReadOnly, true));

        Assert.Empty(cut.FindAll("[data-testid=setup-save]"));
        Assert.Empty(cut.FindAll("[data-testid=setup-add-phase]"));
    }

    [Fact]
    public void A_running_campaign_offers_edit_copy_and_archive_an_archived_one_only_view_and_copy()
    {
        var running = new CampaignSummaryDto(1, "活动", "文号", "机关", new DateOnly(2014, 3, 26), new DateOnly(2014, 3, 26), new DateOnly(2014, 9, 30), 3);
        var archived = running with { Status = CampaignStatus.Archived };

        var runningActions = Render<CampaignRowActions>(p => p.Add(x => x.Campaign, running));
        var archivedActions = Render<CampaignRowActions>(p => p.Add(x => x.Campaign, archived));

        Assert.NotEmpty(runningActions.FindAll("[data-testid=edit-campaign]"));
        Assert.NotEmpty(runningActions.FindAll("[data-testid=archive-campaign]"));
        Assert.Empty(archivedActions.FindAll("[data-testid=edit-campaign]"));
        Assert.Empty(archivedActions.FindAll("[data-testid=archive-campaign]"));
        Assert.NotEmpty(archivedActions.FindAll("[data-testid=view-campaign]"));
        Assert.NotEmpty(archivedActions.FindAll("[data-testid=copy-campaign]"));
    }

    [Fact]
    public void The_first_run_checklist_links_the_steps_for_the_admin_and_asks_others_to_contact_the_admin()
    {
        var steps = new List<FirstRunStep>
        {
            new("组织机构", "建立单位树", FirstRunService.OrganisationPath, true),
            new("人员与账号", "开设账号", FirstRunService.AccountsPath, false),
            new("活动", "新建活动", CampaignSelection.SetupPath, false),
        };

        var admin = Render<FirstRunChecklist>(p => p.Add(x => x.State, new FirstRunDto(steps, true)));
        var coordinator = Render<FirstRunChecklist>(p => p.Add(x => x.State, new FirstRunDto(steps, false)));

        Assert.Equal(["admin/organisation", "admin/people", "campaigns/setup"], admin.FindAll("[data-testid=first-run-step] a").Select(a => a.GetAttribute("href")));
        Assert.Equal("true", admin.FindAll("[data-testid=first-run-step]")[0].GetAttribute("data-done"));
        Assert.Empty(coordinator.FindAll("a"));
        Assert.Contains("请联系管理员", coordinator.Markup);
    }
}
