using System.Collections.Concurrent;
using System.Reflection;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CampaignHub.Features.Admin;

/// <summary>
/// The Chinese names the audit log shows for what <see cref="AuditTrail"/> writes in English: entity (CLR type)
/// names, property names and enum values (written with <c>ToString()</c>). Enum values are read back through the
/// entity's property type and named with the domain's own <c>ToChinese()</c>; an unknown name is shown as written.
/// </summary>
public static class AuditLabels
{
    /// <summary>"*" in <see cref="AuditEntry.Field"/>: the whole record was created or deleted.</summary>
    public const string WholeRecord = "（整条记录）";

    public static readonly IReadOnlyDictionary<string, string> Entities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AppUser"] = "用户账号",
        ["Campaign"] = "活动",
        ["CampaignUnit"] = "活动参加单位",
        ["Phase"] = "环节",
        ["Milestone"] = "时间节点",
        ["MilestoneCompletion"] = "时间节点完成情况",
        ["Unit"] = "单位",
        ["Person"] = "人员",
        ["ImplementationPlan"] = "实施方案",
        ["PlanVersion"] = "实施方案版本",
        ["WorkItem"] = "工作事项",
        ["WorkItemEvidence"] = "工作事项实物资料",
        ["Opinion"] = "意见建议",
        ["RectificationItem"] = "整改事项",
        ["Evidence"] = "整改实物资料",
        ["SpecialRectificationTheme"] = "专项整治",
        ["PublicRatingEntry"] = "群众评价",
        ["Commitment"] = "承诺事项",
        ["CommitmentLedger"] = "承诺台账",
        ["ThreeChecksReview"] = "三查三看",
        ["SatisfactionSurvey"] = "满意度测评",
        ["SurveyQuestion"] = "测评题目",
        ["RespondentGroup"] = "测评对象类别",
        ["ResponseCode"] = "答卷码",
        ["SurveyResponse"] = "答卷",
        ["SurveyAnswer"] = "答卷答案",
        ["SurveyTargetUnit"] = "被测评单位",
        ["PaperImport"] = "纸质问卷导入",
        ["UnitFlag"] = "督导标记",
        ["RectificationOrder"] = "整改令",
        ["RectificationOrderStep"] = "整改令办理记录",
        ["RectificationOrderItemLink"] = "整改令关联事项",
        ["OrderFeedback"] = "整改反馈",
        ["OrderFeedbackEvidence"] = "整改反馈佐证材料",
        ["SupervisionAction"] = "督导活动",
        ["SupervisionFinding"] = "督导发现问题",
        ["ContactActivity"] = "联系群众活动",
        ["ActivityEvidence"] = "联系群众活动实物资料",
        ["ActivityOpinionNote"] = "联系群众活动意见记录",
        ["QuotaRule"] = "联系群众制度定额",
        ["ScheduledReception"] = "接访日安排",
        ["ReceptionCase"] = "接访案件",
        ["Secondment"] = "挂职锻炼",
        ["PartyRepresentative"] = "党代表",
        ["SupervisionGroup"] = "督导组",
        ["SupervisionGroupMember"] = "督导组成员",
        ["SupervisedUnit"] = "督导组督导单位",
        ["SelfExaminationMaterial"] = "对照检查材料",
        ["MaterialVersion"] = "对照检查材料版本",
        ["MaterialComment"] = "对照检查材料意见",
        ["HeartToHeartTalk"] = "谈心谈话",
        ["DepartmentOversight"] = "班子成员分管部门",
        ["DemocraticLifeMeeting"] = "专题民主生活会（组织生活会）",
        ["MeetingContribution"] = "会议发言记录",
        ["PartyMemberAppraisal"] = "民主评议党员",
        ["UpperDepartmentVisit"] = "与上级对口部门对接联动",
        ["FirstBatchItem"] = "第一批整改事项涉及本地内容",
        ["ReportedProblem"] = "向上级报告的问题",
        ["GrassrootsVisit"] = "点对点下基层",
        ["RootedAboveClaim"] = "认领“表现在下、根子在上”问题",
    };

    /// <summary>Property names, the same meaning on every entity unless <see cref="EntityFields"/> says otherwise.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Id"] = "编号",
        ["Title"] = "标题",
        ["Name"] = "名称",
        ["ShortName"] = "简称",
        ["Kind"] = "类别",
        ["Status"] = "状态",
        ["Description"] = "说明",
        ["Content"] = "内容",
        ["Note"] = "说明",
        ["Notes"] = "备注",
        ["Order"] = "顺序",
        ["SortOrder"] = "排序",
        ["Number"] = "序号",
        ["Sequence"] = "序号",
        ["CampaignId"] = "活动",
        ["UnitId"] = "单位",
        ["PhaseId"] = "环节",
        ["MilestoneId"] = "时间节点",
        ["ParentId"] = "上级单位",
        ["PersonId"] = "人员",
        ["SurveyId"] = "测评",
        ["PlanId"] = "实施方案",
        ["DocumentNumber"] = "文号",
        ["IssuingBody"] = "印发机关",
        ["IssuedOn"] = "印发日期",
        ["StartDate"] = "开始日期",
        ["EndDate"] = "结束日期",
        ["DueDate"] = "截止日期",
        ["Deadline"] = "时限",
        ["SatisfactionThreshold"] = "满意率警戒线",
        ["ExperienceActivitiesMin"] = "一线体验活动最少项数",
        ["ExperienceActivitiesMax"] = "一线体验活动最多项数",
        ["MinimumRespondents"] = "最低样本量",
        ["LedgerDueDate"] = "台账报送截止日期",
        ["ThreeChecksStart"] = "三查三看开始日期",
        ["ThreeChecksEnd"] = "三查三看结束日期",
        ["ReopenMinimumRaters"] = "复核所需不满意人数",
        ["ReopenMinimumShare"] = "复核所需不满意比例",
        ["MinimumMonthsPerUnit"] = "每个单位集中时间（月）",
        ["ArchivedOn"] = "归档日期",
        ["UnitIds"] = "适用单位",
        ["MetOn"] = "完成日期",
        ["RecordedBy"] = "记录人",
        ["RecordedAt"] = "记录时间",
        ["CreatedBy"] = "创建人",
        ["CreatedAt"] = "创建时间",
        ["UpdatedBy"] = "修改人",
        ["UpdatedAt"] = "修改时间",
        ["Role"] = "角色",
        ["JoinedOn"] = "任职日期",
        ["LeftOn"] = "离任日期",
        ["DisplayOrder"] = "排序",
        ["RetiredOn"] = "撤销日期",
        ["Grade"] = "职级",
        ["Phone"] = "联系电话",
        ["MustChangePassword"] = "须修改密码",
        ["SupervisionGroupId"] = "督导组",
        ["GuidingIdea"] = "指导思想",
        ["MainContent"] = "主要内容",
        ["Schedule"] = "方法步骤",
        ["Organisation"] = "组织领导",
        ["SubmittedBy"] = "提交人",
        ["SubmittedByName"] = "提交人",
        ["SubmittedAt"] = "提交时间",
        ["Decision"] = "审批结果",
        ["DecisionComment"] = "审批意见",
        ["DecidedBy"] = "审批人",
        ["DecidedByName"] = "审批人",
        ["DecidedAt"] = "审批时间",
        ["PlannedDate"] = "计划日期",
        ["ResponsiblePersonId"] = "责任人",
        ["ResponsiblePerson"] = "责任人",
        ["ResponsibleUnitId"] = "责任单位",
        ["VisitTheme"] = "下基层主题",
        ["ProgressPercent"] = "进度（%）",
        ["CancelReason"] = "取消原因",
        ["ApprovedBy"] = "审批人",
        ["ApprovedAt"] = "审批时间",
        ["StartedOn"] = "开始日期",
        ["StartedAt"] = "开始时间",
        ["CompletedOn"] = "完成日期",
        ["Problem"] = "问题",
        ["Goal"] = "目标",
        ["Measures"] = "措施",
        ["IsQuickFix"] = "即知即改",
        ["SpecialRectificationThemeId"] = "专项整治",
        ["IsPublic"] = "公开公示",
        ["Answer"] = "答复",
        ["NoEvidenceReason"] = "无实物资料原因",
        ["VerifiedOn"] = "验收日期",
        ["VerifiedBy"] = "验收人",
        ["VerificationComment"] = "验收意见",
        ["ReopenCount"] = "重新整改次数",
        ["LastReopenReason"] = "重新整改原因",
        ["RatedSatisfied"] = "评价满意数",
        ["RatedBasicallySatisfied"] = "评价基本满意数",
        ["RatedUnsatisfied"] = "评价不满意数",
        ["NeedsReopenReview"] = "待复核重新整改",
        ["PromisedTo"] = "承诺对象",
        ["FiledOn"] = "登记日期",
        ["FiledBy"] = "登记人",
        ["DoneOn"] = "办结日期",
        ["ResultNote"] = "办理结果",
        ["PeerReviewScore"] = "党员互评得分",
        ["PeerReviewNote"] = "党员互评说明",
        ["OrganisationReviewScore"] = "党组织点评得分",
        ["OrganisationReviewComment"] = "党组织点评意见",
        ["OrganisationReviewedBy"] = "点评人",
        ["SetBy"] = "设置人",
        ["Bucket"] = "分类",
        ["Positive"] = "结论为是",
        ["Comment"] = "意见",
        ["ItemCount"] = "事项数",
        ["SatisfactionRate"] = "满意率",
        ["ReviewedBy"] = "审核人",
        ["ReviewedAt"] = "审核时间",
        ["OpensAt"] = "开始时间",
        ["ClosesAt"] = "结束时间",
        ["MinimumSample"] = "最少样本数",
        ["UnitsSeeOwnRatesBeforeClose"] = "结束前单位可看本单位满意率",
        ["ResurveyOfId"] = "复测原测评",
        ["OpenedAt"] = "开始时间",
        ["ClosedAt"] = "结束时间",
        ["Text"] = "题目",
        ["RespondentGroupNumber"] = "测评对象类别",
        ["Code"] = "答卷码",
        ["UsedAt"] = "使用时间",
        ["ClientKey"] = "评价人标识",
        ["Source"] = "来源",
        ["PaperBatchId"] = "纸质问卷批次",
        ["PaperSheetNumber"] = "纸质问卷页码",
        ["QuestionNumber"] = "题号",
        ["FileName"] = "文件名",
        ["SheetCount"] = "问卷页数",
        ["BatchIds"] = "批次",
        ["ImportedBy"] = "导入人",
        ["ImportedAt"] = "导入时间",
        ["Reason"] = "原因",
        ["Rate"] = "满意率",
        ["RaisedBy"] = "提出人",
        ["RaisedAt"] = "提出时间",
        ["ClearedBy"] = "解除人",
        ["ClearedAt"] = "解除时间",
        ["ClearNote"] = "解除说明",
        ["UnitFlagId"] = "督导标记",
        ["IssuedBy"] = "下达人",
        ["IssuedAt"] = "下达时间",
        ["ResponseText"] = "整改报告",
        ["RespondedBy"] = "报告人",
        ["RespondedAt"] = "报告时间",
        ["ResurveyId"] = "复测",
        ["LastResurveyRate"] = "最近复测满意率",
        ["ResurveyRounds"] = "复测轮数",
        ["By"] = "办理人",
        ["ByName"] = "办理人",
        ["At"] = "时间",
        ["DutyType"] = "制度类别",
        ["Place"] = "地点",
        ["PeopleMet"] = "接触群众人数",
        ["Outcome"] = "成效",
        ["Level"] = "层级",
        ["TermStart"] = "任期开始",
        ["TermEnd"] = "任期结束",
        ["LeaderPersonId"] = "接访领导",
        ["Date"] = "日期",
        ["StartTime"] = "开始时间",
        ["EndTime"] = "结束时间",
        ["Form"] = "接访形式",
        ["IsCancelled"] = "已取消",
        ["HomeUnitId"] = "派出单位",
        ["HostUnitId"] = "挂职单位",
        ["HostUnitName"] = "挂职单位",
        ["MentorName"] = "导师",
        ["EndReview"] = "期满考核",
        ["Category"] = "类别",
        ["RaisedOn"] = "提出日期",
        ["RaisedByName"] = "提出人",
        ["RaisedByPhone"] = "联系电话",
        ["SubmittedByPublic"] = "群众网上提交",
        ["EnteredByUnitId"] = "录入单位",
        ["EnteredBy"] = "录入人",
        ["ReceiptNumber"] = "回执号",
        ["RootedAbove"] = "表现在下、根子在上",
        ["RootedAboveFromUnitId"] = "发现单位",
        ["EscalatedToUnitId"] = "移交上级单位",
        ["EscalationReason"] = "移交原因",
        ["EscalatedOn"] = "移交日期",
        ["ClaimedByUnitId"] = "认领单位",
        ["ClaimedBy"] = "认领人",
        ["ClaimedOn"] = "认领日期",
        ["DueOn"] = "办结时限",
        ["RectificationItemId"] = "整改事项",
        ["AnsweredOn"] = "答复日期",
        ["ClosedOn"] = "办结日期",
        ["ItemKind"] = "事项类型",
        ["ItemId"] = "事项",
        ["DeviceId"] = "评价设备",
        ["Rating"] = "评价",
        ["RatedAt"] = "评价时间",
        ["Target"] = "定额",
        ["Measure"] = "计量方式",
        ["Period"] = "周期",
        ["MinConsecutiveDays"] = "最少连续天数",
        ["IsActive"] = "启用",
        ["ReceivingUnitId"] = "接访单位",
        ["ReceivingLeaderPersonId"] = "接访领导",
        ["ScheduledReceptionId"] = "接访日",
        ["ReceivedOn"] = "接访日期",
        ["VisitorName"] = "来访人",
        ["VisitorContact"] = "来访人联系方式",
        ["Matter"] = "反映事项",
        ["SettledOn"] = "办结日期",
        ["Reply"] = "答复",
        ["LeaderSignOff"] = "领导签批",
        ["DisplayName"] = "姓名",
        ["UserName"] = "登录名",
        ["Email"] = "电子邮箱",
        ["PhoneNumber"] = "电话",
        ["LockoutEnabled"] = "允许锁定",
        ["ContentType"] = "文件类型",
        ["SizeBytes"] = "文件大小（字节）",
        ["StoragePath"] = "存储位置",
        ["StoredPath"] = "存储位置",
        ["UploadedBy"] = "上传人",
        ["UploadedAt"] = "上传时间",
        ["OpinionId"] = "意见建议",
        ["ContactActivityId"] = "联系群众活动",
        ["WorkItemId"] = "工作事项",
        ["RectificationOrderId"] = "整改令",
        ["SurveyResponseId"] = "答卷",
        ["RoleId"] = "角色",
        ["UserId"] = "用户",
        ["Closure"] = "办结方式",
        ["Round"] = "轮次",
        ["DecisionNote"] = "验收或退回意见",
        ["OrderFeedbackId"] = "整改反馈",
        ["EscalatedFromUnitId"] = "上报单位",
        ["EscalatedBy"] = "上报人",
        ["AssignedBy"] = "交办人",
        ["AssignedOn"] = "交办日期",
        ["ReceivedByPersonId"] = "接待领导",
        ["ReceivedByName"] = "接待领导",
        ["AuthorPersonId"] = "撰写人",
        ["FourWindsProblems"] = "“四风”问题具体表现和典型事例",
        ["ConductStatement"] = "“三公”经费等情况说明",
        ["RootsAnalysis"] = "根源剖析",
        ["DirectionAndMeasures"] = "努力方向和整改措施",
        ["CirculationScope"] = "征求意见范围",
        ["SentOutOn"] = "印发日期",
        ["SelfExaminationMaterialId"] = "对照检查材料",
        ["FirstPersonId"] = "谈话一方",
        ["SecondPersonId"] = "谈话另一方",
        ["HeldOn"] = "召开日期",
        ["Topics"] = "谈话主题",
        ["OpinionsToFirst"] = "向一方提出的意见",
        ["OpinionsToSecond"] = "向另一方提出的意见",
        ["RecordedBy"] = "记录人",
        ["MemberPersonId"] = "班子成员",
        ["DepartmentUnitId"] = "分管部门",
        ["ScheduledOn"] = "会议日期",
        ["UpperLeaderName"] = "参会上级领导",
        ["SupervisionGroupId"] = "参会督导组",
        ["SupervisionReview"] = "督导组点评",
        ["ReviewedByName"] = "点评人",
        ["BriefingHeldOn"] = "情况通报会日期",
        ["BriefingAttendance"] = "情况通报会参会人员",
        ["BriefingMaterial"] = "情况通报会发放材料",
        ["DemocraticLifeMeetingId"] = "会议",
        ["SelfCriticism"] = "自我批评",
        ["CriticismReceived"] = "收到的批评意见",
        ["ResponseToPublic"] = "对群众意见的回应",
        ["Result"] = "评议结果",
        ["ByRole"] = "身份",
    };

    /// <summary>Names that differ by entity, keyed "Entity.Field".</summary>
    public static readonly IReadOnlyDictionary<string, string> EntityFields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Person.Title"] = "职务",
        ["Person.Name"] = "姓名",
        ["Person.Role"] = "班子角色",
        ["SupervisionGroup.UnitId"] = "派出单位",
        ["Opinion.Answer"] = "答复",
        ["SurveyAnswer.Answer"] = "答案",
        ["SurveyResponse.SubmittedAt"] = "提交时间",
        ["SurveyQuestion.Kind"] = "题型",
        ["WorkItem.Notes"] = "备注",
        ["RectificationOrderStep.Note"] = "说明",
        ["OrderFeedback.Measures"] = "整改措施",
        ["OrderFeedback.Decision"] = "验收结果",
        ["OrderFeedback.DecidedBy"] = "验收人",
        ["OrderFeedback.DecidedByName"] = "验收人",
        ["OrderFeedback.DecidedAt"] = "验收时间",
        ["OrderFeedback.SubmittedAt"] = "提交时间",
        ["UnitFlag.Rate"] = "满意率",
        ["SupervisionAction.Type"] = "督导方式",
        ["SupervisionAction.Date"] = "督导日期",
        ["SupervisionAction.Examined"] = "督导内容",
        ["SupervisionAction.Summary"] = "督导意见",
        ["SupervisionAction.RecordedByName"] = "记录人",
        ["SupervisionAction.ConcludedAt"] = "办结时间",
        ["SupervisionAction.ConcludedByName"] = "办结人",
        ["SupervisionAction.SupervisionGroupId"] = "督导组",
        ["SupervisionFinding.SupervisionActionId"] = "督导活动",
        ["SupervisionFinding.Number"] = "序号",
        ["SupervisionFinding.Problem"] = "发现问题",
        ["SupervisionFinding.FoundAt"] = "发现时间",
        ["SupervisionFinding.Response"] = "整改情况",
        ["SupervisionFinding.RespondedByName"] = "反馈人",
        ["SupervisionFinding.ReturnReason"] = "退回原因",
        ["SupervisionFinding.Returns"] = "退回次数",
        ["SupervisionFinding.CloseNote"] = "办结意见",
        ["SupervisionFinding.ClosedByName"] = "办结人",
        ["SupervisionFinding.ClosedAt"] = "办结时间",
        ["MaterialVersion.Kind"] = "版本类别",
        ["MaterialVersion.DecisionNote"] = "审核意见",
        ["MaterialComment.Text"] = "意见",
        ["HeartToHeartTalk.HeldOn"] = "谈话日期",
        ["Opinion.UpperDepartmentName"] = "上级部门",
        ["Opinion.ConcernedLeaders"] = "相关区领导",
        ["Opinion.FeedbackReturnReason"] = "退回反馈原因",
        ["Opinion.FeedbackReturnCount"] = "退回反馈次数",
        ["UpperDepartmentVisit.LeaderPersonId"] = "带队领导",
        ["UpperDepartmentVisit.LeaderName"] = "带队领导",
        ["UpperDepartmentVisit.VisitedOn"] = "对接日期",
        ["UpperDepartmentVisit.DepartmentVisited"] = "对接的上级部门",
        ["UpperDepartmentVisit.ExperienceTakenOver"] = "承接运用的经验做法",
        ["UpperDepartmentVisit.RecordedBy"] = "登记人",
        ["UpperDepartmentVisit.RecordedOn"] = "登记日期",
        ["FirstBatchItem.UpperDepartmentVisitId"] = "对接联动登记",
        ["FirstBatchItem.Item"] = "第一批整改事项",
        ["FirstBatchItem.LocalMeasures"] = "本地配套措施",
        ["ReportedProblem.UpperDepartmentVisitId"] = "对接联动登记",
        ["ReportedProblem.Problem"] = "向上级报告的问题",
        ["ReportedProblem.UpperAnswer"] = "上级部门答复",
        ["GrassrootsVisit.LeaderPersonId"] = "下基层领导",
        ["GrassrootsVisit.LeaderName"] = "下基层领导",
        ["GrassrootsVisit.VisitedOn"] = "下基层日期",
        ["GrassrootsVisit.GrassrootsUnitName"] = "走访的基层单位",
        ["GrassrootsVisit.Theme"] = "主题",
        ["GrassrootsVisit.Findings"] = "发现的问题和听取的意见",
        ["GrassrootsVisit.RecordedBy"] = "登记人",
        ["RootedAboveClaim.GrassrootsVisitId"] = "点对点下基层",
        ["RootedAboveClaim.Problem"] = "认领的问题",
        ["RootedAboveClaim.OpinionId"] = "关联意见",
        ["RootedAboveClaim.RectificationItemId"] = "纳入的整改事项",
    };

    /// <summary>Login names that are not accounts: written by the seed, the public forms and the survey.</summary>
    public static readonly IReadOnlyDictionary<string, string> SpecialActors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["system"] = "系统",
        ["public"] = "群众（网上）",
        ["anonymous"] = "群众（匿名答卷）",
    };

    private static readonly ConcurrentDictionary<Type, MethodInfo?> ToChineseMethods = new();

    public static string Entity(string entityType) => Entities.GetValueOrDefault(entityType, entityType);

    public static string Field(string entityType, string field) =>
        field == "*" ? WholeRecord
        : EntityFields.GetValueOrDefault($"{entityType}.{field}") ?? Fields.GetValueOrDefault(field, field);

    /// <summary>Whether a field holds a login name (…By), to be shown as the person's display name.</summary>
    public static bool HoldsUserName(string field) =>
        field.EndsWith("By", StringComparison.Ordinal) || field == "UserName";

    /// <summary>
    /// A written value in Chinese: enum values by the property's enum type, true/false as 是/否, the "创建"/"删除"
    /// markers as they are; anything else as written.
    /// </summary>
    public static string? Value(IModel model, string entityType, string field, string? value)
    {
        if (value is null || field == "*")
        {
            return value;
        }

        var type = PropertyType(model, entityType, field);
        if (type == typeof(bool))
        {
            return value switch { "True" => "是", "False" => "否", _ => value };
        }

        if (type is { IsEnum: true } && Enum.TryParse(type, value, ignoreCase: false, out var parsed) && ToChinese(type) is { } method)
        {
            return method.Invoke(null, [parsed]) as string ?? value;
        }

        return value;
    }

    private static Type? PropertyType(IModel model, string entityType, string field)
    {
        var entity = model.GetEntityTypes().FirstOrDefault(e => e.ClrType.Name == entityType && !e.IsOwned());
        var property = entity?.FindProperty(field);
        if (property is null)
        {
            return null;
        }

        var clr = property.ClrType;
        return Nullable.GetUnderlyingType(clr) ?? clr;
    }

    /// <summary>The domain's <c>ToChinese(this TEnum)</c> extension for an enum type, if it has one.</summary>
    private static MethodInfo? ToChinese(Type enumType) =>
        ToChineseMethods.GetOrAdd(enumType, t => typeof(UnitKind).Assembly.GetTypes()
            .Where(c => c is { IsAbstract: true, IsSealed: true })
            .SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .FirstOrDefault(m => m.Name == "ToChinese" && m.ReturnType == typeof(string) && m.GetParameters() is [var p] && p.ParameterType == t));

    /// <summary>A person's display name for a login name; special actors by their Chinese name; unknown as written.</summary>
    public static string Person(IReadOnlyDictionary<string, string> displayNames, string? userName) =>
        userName is null ? string.Empty
        : displayNames.TryGetValue(userName, out var name) && !string.IsNullOrWhiteSpace(name) ? name
        : SpecialActors.GetValueOrDefault(userName, userName);
}
