using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Features.StageTwo;
using CampaignHub.Features.StageTwo.Components;

namespace CampaignHub.Components.Tests.Features.StageTwo;

/// <summary>
/// Two people edit one self-examination material: a newer stored text arriving live never replaces what the viewer
/// has typed and not saved, and a save names the version the typing started from.
/// </summary>
public sealed class MaterialPanelTests : ComponentTestContext
{
    private static readonly MaterialText Stored = new("会议多文件多", "无超标用车", "宗旨意识淡化", "每月走访");

    private static MaterialDto Material(int version, MaterialText text) => new(
        7, version, MaterialKind.Team, "领导班子对照检查材料", "孔繁荣", MaterialStatus.Draft, "起草中", text, null, null, null, [], [],
        Enum.GetValues<MaterialAction>().ToDictionary(a => a, a => a == MaterialAction.Save ? ActionAnswer.Allowed : ActionAnswer.NotApplicable("不适用")));

    private readonly List<MaterialRequest> requests = [];

    private IRenderedComponent<MaterialPanel> RenderPanel(MaterialDto material) =>
        Render<MaterialPanel>(p => p.Add(x => x.Material, material).Add(x => x.OnRequest, (MaterialRequest r) => requests.Add(r)));

    private static string Section(IRenderedComponent<MaterialPanel> cut, MaterialSection section) =>
        cut.Find($"textarea[data-testid=section-{section}]").GetAttribute("value") ?? cut.Find($"textarea[data-testid=section-{section}]").TextContent;

    [Fact]
    public void A_newer_stored_text_replaces_the_editor_when_nothing_was_typed()
    {
        var cut = RenderPanel(Material(3, Stored));

        cut.Render(p => p.Add(x => x.Material, Material(4, Stored with { FourWindsProblems = "他人补充的问题" })));

        Assert.Equal("他人补充的问题", Section(cut, MaterialSection.FourWindsProblems));
        Assert.Empty(cut.FindAll("[data-testid=material-newer-version]"));
    }

    [Fact]
    public void Unsaved_typing_survives_a_newer_stored_text_and_the_save_names_the_version_it_started_from()
    {
        var cut = RenderPanel(Material(3, Stored));
        cut.Find("textarea[data-testid=section-RootsAnalysis]").Input("我正在写的根源剖析");

        cut.Render(p => p.Add(x => x.Material, Material(4, Stored with { FourWindsProblems = "他人补充的问题" })));

        Assert.Equal("我正在写的根源剖析", Section(cut, MaterialSection.RootsAnalysis));
        Assert.Contains("尚未保存的文字仍保留", cut.Find("[data-testid=material-newer-version]").TextContent);
        cut.Find("[data-testid=material-Save]").Click();
        var save = Assert.Single(requests);
        Assert.Equal(3, save.BaseVersion);
        Assert.Equal("我正在写的根源剖析", save.Text.RootsAnalysis);
    }

    [Fact]
    public void Keeping_ones_own_text_saves_it_over_the_newer_version()
    {
        var cut = RenderPanel(Material(3, Stored));
        cut.Find("textarea[data-testid=section-RootsAnalysis]").Input("我正在写的根源剖析");
        cut.Render(p => p.Add(x => x.Material, Material(4, Stored with { FourWindsProblems = "他人补充的问题" })));

        cut.Find("[data-testid=material-keep-mine]").Click();
        cut.Find("[data-testid=material-Save]").Click();

        Assert.Equal(4, Assert.Single(requests).BaseVersion);
        Assert.Empty(cut.FindAll("[data-testid=material-newer-version]"));
    }

    [Fact]
    public void Loading_the_stored_text_discards_ones_own_typing()
    {
        var cut = RenderPanel(Material(3, Stored));
        cut.Find("textarea[data-testid=section-RootsAnalysis]").Input("我正在写的根源剖析");
        cut.Render(p => p.Add(x => x.Material, Material(4, Stored with { FourWindsProblems = "他人补充的问题" })));

        cut.Find("[data-testid=material-load-stored]").Click();

        Assert.Equal("宗旨意识淡化", Section(cut, MaterialSection.RootsAnalysis));
        Assert.Equal("他人补充的问题", Section(cut, MaterialSection.FourWindsProblems));
    }

    [Fact]
    public void Ones_own_save_coming_back_live_is_not_taken_for_someone_elses()
    {
        var cut = RenderPanel(Material(3, Stored));
        cut.Find("textarea[data-testid=section-RootsAnalysis]").Input("新的根源剖析  ");

        cut.Render(p => p.Add(x => x.Material, Material(4, Stored with { RootsAnalysis = "新的根源剖析" })));

        Assert.Empty(cut.FindAll("[data-testid=material-newer-version]"));
    }
}
