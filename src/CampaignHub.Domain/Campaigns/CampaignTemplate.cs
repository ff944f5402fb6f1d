using CampaignHub.Domain.Satisfaction;

namespace CampaignHub.Domain.Campaigns;

/// <summary>How a campaign's satisfaction evaluation is run: its dimensions, who answers, and by which channels.</summary>
public sealed record SurveyDesign(IReadOnlyList<string> Dimensions, IReadOnlyList<string> RespondentGroups, IReadOnlyList<string> Channels);

/// <summary>
/// A ready-made campaign shape taken from one of the source documents: its phases, milestones and rule
/// parameters, with dates laid out in a chosen year. The office reviews the draft before saving.
/// </summary>
public sealed class CampaignTemplate
{
    private readonly Func<int, CampaignDraft> _draft;

    private CampaignTemplate(string key, string name, string source, int sourceYear, IReadOnlyList<string> highlights, SurveyDesign survey, Func<int, CampaignDraft> draft)
    {
        Key = key;
        Name = name;
        Source = source;
        SourceYear = sourceYear;
        Highlights = highlights;
        Survey = survey;
        _draft = draft;
    }

    public string Key { get; }

    public string Name { get; }

    /// <summary>The document the template follows (文号 and issuing body).</summary>
    public string Source { get; }

    /// <summary>The year of the source document: the form suggests it when no other year is chosen.</summary>
    public int SourceYear { get; }

    /// <summary>What the template sets up, in the office's words, shown while choosing.</summary>
    public IReadOnlyList<string> Highlights { get; }

    public SurveyDesign Survey { get; }

    /// <summary>The template laid out in <paramref name="year"/>, for the given participating units.</summary>
    public CampaignDraft Draft(int year, IReadOnlyList<int>? unitIds = null)
    {
        if (year is < CampaignSetupRules.EarliestYear or > CampaignSetupRules.LatestYear)
        {
            throw new Common.DomainException($"年度须在{CampaignSetupRules.EarliestYear}年至{CampaignSetupRules.LatestYear}年之间");
        }

        return _draft(year) with { UnitIds = unitIds ?? [] };
    }

    public const string DoubleLinkage = "double-linkage";
    public const string SecondBatch = "second-batch";
    public const string GrassrootsService = "grassroots-service";
    public const string DoubleTenThousand = "double-ten-thousand";

    public static IReadOnlyList<CampaignTemplate> All { get; } =
    [
        new(
            DoubleLinkage,
            "双联动双体验双满意",
            "江宁群办发〔2014〕8号 · 中共南京市江宁区委党的群众路线教育实践活动领导小组办公室",
            2014,
            [
                "三个时间节点：3月底前与上级对口部门对接联动，4月5日前与对口基层单位对接，4月15日前完成“双体验”",
                "每个单位上报3–5项一线体验活动，审核同意后开展",
                "第三方满意度测评：作风转变是否满意、解决问题是否满意，满意率低的单位责成整改",
            ],
            new SurveyDesign(SurveyDefaults.TwoSatisfactions, [], ["第三方测评"]),
            year => new CampaignDraft(
                "“双联动双体验双满意”活动",
                $"江宁群办发〔{year}〕8号",
                "中共南京市江宁区委党的群众路线教育实践活动领导小组办公室",
                new DateOnly(year, 3, 26),
                new DateOnly(year, 3, 26),
                new DateOnly(year, 9, 30),
                [
                    new PhaseDraft(null, "学习教育、听取意见", new DateOnly(year, 3, 26), new DateOnly(year, 5, 31),
                    [
                        new MilestoneDraft(null, "与上级对口部门对接联动", new DateOnly(year, 3, 31), "各位常委、分管副区长3月底前亲自带队，和区级机关主要领导一起去上级对口部门对接联动", []),
                        new MilestoneDraft(null, "与对口基层单位对接", new DateOnly(year, 4, 5), "4月5日前，各单位与本单位本系统对口基层单位做好对接，“面对面”指导开展活动", []),
                        new MilestoneDraft(null, "完成“双体验”", new DateOnly(year, 4, 15), "4月15日前，领导干部以普通工作人员身份、以普通群众身份体验一线工作和服务", []),
                    ]),
                    new PhaseDraft(null, "查摆问题、开展批评", new DateOnly(year, 6, 1), new DateOnly(year, 7, 31), []),
                    new PhaseDraft(null, "整改落实、建章立制", new DateOnly(year, 8, 1), new DateOnly(year, 9, 30), []),
                ],
                CampaignRules.Default with { ExperienceActivitiesMin = 3, ExperienceActivitiesMax = 5 },
                [])),
        new(
            SecondBatch,
            "第二批党的群众路线教育实践活动",
            "苏办发〔2014〕4号 · 中共江苏省委办公厅",
            2014,
            [
                "三个环节：学习教育、听取意见；查摆问题、开展批评；整改落实、建章立制（1月开始，9月基本完成）",
                "每个单位集中教育时间不少于3个月；实施方案报上一级审批后实施",
                "整改事项做到“四有”：目标、措施、责任人、时限",
                "活动结束时民主评议，群众认可度不高的返工补课",
            ],
            new SurveyDesign(["改进作风情况", "解决问题情况"], ["干部职工", "服务对象", "基层群众代表"], ["民主评议"]),
            year => new CampaignDraft(
                "第二批党的群众路线教育实践活动",
                $"苏办发〔{year}〕4号",
                "中共江苏省委办公厅",
                new DateOnly(year, 1, 1),
                new DateOnly(year, 1, 1),
                new DateOnly(year, 9, 30),
                [
                    new PhaseDraft(null, "学习教育、听取意见", new DateOnly(year, 1, 1), new DateOnly(year, 3, 31),
                    [
                        new MilestoneDraft(null, "实施方案报上级审批", new DateOnly(year, 1, 31), "各单位实施方案报上一级审批同意后实施", []),
                    ]),
                    new PhaseDraft(null, "查摆问题、开展批评", new DateOnly(year, 4, 1), new DateOnly(year, 6, 30),
                    [
                        new MilestoneDraft(null, "召开专题民主生活会", new DateOnly(year, 6, 15), "领导班子召开专题民主生活会，开展批评和自我批评", []),
                        new MilestoneDraft(null, "召开情况通报会", new DateOnly(year, 6, 30), "专题民主生活会后通报领导班子民主生活会情况", []),
                    ]),
                    new PhaseDraft(null, "整改落实、建章立制", new DateOnly(year, 7, 1), new DateOnly(year, 9, 30),
                    [
                        new MilestoneDraft(null, "整改方案做到“四有”", new DateOnly(year, 7, 31), "按照整改有目标、推进有措施、落实有责任、完成有时限的“四有”要求制定整改方案", []),
                        new MilestoneDraft(null, "召开总结大会并开展民主评议", new DateOnly(year, 9, 30), "重点评议改进作风、解决问题情况，群众认可度不高、走过场的返工补课", []),
                    ]),
                ],
                CampaignRules.Default with { ExperienceActivitiesMin = 0, ExperienceActivitiesMax = 5, MinimumMonthsPerUnit = 3 },
                [])),
        new(
            GrassrootsService,
            "深入基层、服务群众",
            "历下妇发〔2011〕9号 · 历下区妇联",
            2011,
            [
                "三个阶段：走访调研、汇集民情（3月初至4月中旬）；公开承诺、为民办事（4月下旬至10月底）；总结提高、完善机制（11月份）",
                "办实事台账4月底前报机关党委，承诺做到“四明确两承诺一公开”",
                "11月上旬开展“三查三看”，11月底前公开公布并开展满意度测评",
                "三级考核：党员互评、党组织评议、群众评价；妇女维权热线12338",
            ],
            new SurveyDesign(["办实事成效", "服务态度"], ["服务对象", "本地群众"], ["座谈交流", "问卷调查", "网络或电话沟通"]),
            year => new CampaignDraft(
                "“深入基层、服务群众”主题活动",
                $"历下妇发〔{year}〕9号",
                "历下区妇联",
                new DateOnly(year, 3, 24),
                new DateOnly(year, 3, 1),
                new DateOnly(year, 11, 30),
                [
                    new PhaseDraft(null, "走访调研、汇集民情", new DateOnly(year, 3, 1), new DateOnly(year, 4, 15),
                    [
                        new MilestoneDraft(null, "召开主题活动动员会议", new DateOnly(year, 3, 15), "召开动员会议，结合本单位实际制定具体安排部署", []),
                        new MilestoneDraft(null, "集中开展为民思想教育", new DateOnly(year, 3, 20), "通过党员学习日、组织生活会、中心组学习等形式开展为民思想教育", []),
                    ]),
                    new PhaseDraft(null, "公开承诺、为民办事", new DateOnly(year, 4, 21), new DateOnly(year, 10, 31),
                    [
                        new MilestoneDraft(null, "办实事台账报机关党委", new DateOnly(year, 4, 30), "建立办实事台账，做好记录，4月底报机关党委", []),
                    ]),
                    new PhaseDraft(null, "总结提高、完善机制", new DateOnly(year, 11, 1), new DateOnly(year, 11, 30),
                    [
                        new MilestoneDraft(null, "开展“三查三看”", new DateOnly(year, 11, 10), "查承诺的实事项目解决了多少，看群众满意不满意；查正在办理的项目有多少，看措施得力不得力；查未启动的项目有多少，看条件成熟不成熟", []),
                        new MilestoneDraft(null, "办实事项目公开公布并上报", new DateOnly(year, 11, 30), "11月底前将办实事项目公开公布，完成情况报区直机关工委", []),
                    ]),
                ],
                CampaignRules.Default with
                {
                    ExperienceActivitiesMin = 0,
                    ExperienceActivitiesMax = 5,
                    LedgerDueDate = new DateOnly(year, 4, 30),
                    ThreeChecksStart = new DateOnly(year, 11, 1),
                    ThreeChecksEnd = new DateOnly(year, 11, 10),
                },
                [])),
        new(
            DoubleTenThousand,
            "万名干部下基层、万名群众评机关",
            "赣市直字〔2010〕33号 · 中共赣州市直属机关工作委员会",
            2010,
            [
                "组织干部下基层：开展“三问三送三学”，农村联系点落实“三个一”",
                "组织群众评机关：服务大局、工作质量、服务态度、干部作风、机关形象五个方面",
                "参评人员：党代表、人大代表、政协委员、民主党派人士、干部职工、离退休人员、部队官兵、企业法人和职工、个体工商户、村干部、农民、社区居民代表、特邀监督员",
                "问卷测评和网上征求意见相结合，评议意见反馈整改",
            ],
            new SurveyDesign(SurveyDefaults.Dimensions, SurveyDefaults.RespondentGroups, ["问卷测评", "网上征求意见"]),
            year => new CampaignDraft(
                "“万名干部下基层、万名群众评机关”活动",
                $"赣市直字〔{year}〕33号",
                "中共赣州市直属机关工作委员会",
                new DateOnly(year, 5, 17),
                new DateOnly(year, 5, 17),
                new DateOnly(year, 12, 31),
                [
                    new PhaseDraft(null, "组织干部下基层", new DateOnly(year, 5, 17), new DateOnly(year, 10, 31),
                    [
                        new MilestoneDraft(null, "开展“三问三送三学”", new DateOnly(year, 10, 31), "问政于民、问需于民、问计于民；送政策、送服务、送温暖；向基层干部、人民群众和实践学习", []),
                    ]),
                    new PhaseDraft(null, "组织群众评机关", new DateOnly(year, 11, 1), new DateOnly(year, 12, 15),
                    [
                        new MilestoneDraft(null, "完成问卷测评和网上征求意见", new DateOnly(year, 12, 15), "参评人员就五个方面进行评议，问卷测评与网上征求意见相结合", []),
                    ]),
                    new PhaseDraft(null, "反馈整改", new DateOnly(year, 12, 16), new DateOnly(year, 12, 31),
                    [
                        new MilestoneDraft(null, "反馈评议意见并落实整改", new DateOnly(year, 12, 31), "对群众反映突出的问题及时反馈相关单位并协调解决", []),
                    ]),
                ],
                CampaignRules.Default with { ExperienceActivitiesMin = 0, ExperienceActivitiesMax = 5 },
                [])),
    ];

    public static CampaignTemplate Find(string key) =>
        All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal))
        ?? throw new Common.NotFoundException("找不到该活动模板");
}
