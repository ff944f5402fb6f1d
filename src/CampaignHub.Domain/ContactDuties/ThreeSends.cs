using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>The “三送”: 送政策、送服务、送温暖上门.</summary>
public enum ThreeSendsKind
{
    /// <summary>送政策: explaining policies that support starting businesses and benefit the people.</summary>
    Policy = 0,

    /// <summary>送服务: information, funds, technology or materials for practical problems.</summary>
    Service = 1,

    /// <summary>送温暖: helping families in hardship, as a pairing.</summary>
    Warmth = 2,
}

/// <summary>Whom a 三送 reaches: always a named family or enterprise.</summary>
public enum SendRecipientKind
{
    /// <summary>家庭 (e.g. a family in hardship).</summary>
    Family = 0,

    /// <summary>企业.</summary>
    Enterprise = 1,
}

public static class ThreeSendsNames
{
    public static string ToChinese(this ThreeSendsKind kind) => kind switch
    {
        ThreeSendsKind.Policy => "送政策",
        ThreeSendsKind.Service => "送服务",
        ThreeSendsKind.Warmth => "送温暖",
        _ => kind.ToString(),
    };

    public static string ToChinese(this SendRecipientKind kind) => kind switch
    {
        SendRecipientKind.Family => "家庭",
        SendRecipientKind.Enterprise => "企业",
        _ => kind.ToString(),
    };
}

/// <summary>
/// One “三送” (送政策、送服务、送温暖上门): a unit's cadre brought a policy, a service or warmth to a named family or
/// enterprise on a day. A send to nobody in particular is not a send, so the recipient is required.
/// </summary>
public sealed class ThreeSendsRecord : AggregateRoot
{
    private ThreeSendsRecord()
    {
        RecipientName = string.Empty;
        Content = string.Empty;
        RecordedBy = string.Empty;
    }

    private ThreeSendsRecord(int unitId, int senderPersonId, Actor actor)
        : this()
    {
        UnitId = unitId;
        SenderPersonId = senderPersonId;
        RecordedBy = actor.UserName;
    }

    public int UnitId { get; private set; }

    /// <summary>The unit's cadre who went (送出人).</summary>
    public int SenderPersonId { get; private set; }

    public ThreeSendsKind Kind { get; private set; }

    public SendRecipientKind RecipientKind { get; private set; }

    /// <summary>The family or enterprise, by name (e.g. "新建村王桂兰家", "江宁区天元食品厂").</summary>
    public string RecipientName { get; private set; }

    public DateOnly SentOn { get; private set; }

    public int Year => SentOn.Year;

    /// <summary>What was sent: the policy explained, the service given, the help brought.</summary>
    public string Content { get; private set; }

    public string RecordedBy { get; private set; }

    public static ActionAnswer WhyCannotRecord(Actor actor, int unitId, UnitTree tree) =>
        ActionAnswer.When(ContactAccess.CanRecord(actor, unitId, tree), ActionAnswer.NotPermitted("您无权为该单位登记“三送”"));

    /// <summary>Records a send by <paramref name="sender"/>, who must be one of <paramref name="unitId"/>'s people.</summary>
    public static ThreeSendsRecord Record(int unitId, Person sender, ThreeSendsKind kind, SendRecipientKind recipientKind, string recipientName,
        DateOnly sentOn, string content, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannotRecord(actor, unitId, tree).Ensure();
        if (sender.UnitId != unitId)
        {
            throw new DomainException("送出人须是本单位干部");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("请选择送政策、送服务或送温暖");
        }

        if (!Enum.IsDefined(recipientKind))
        {
            throw new DomainException("请选择接收对象是家庭还是企业");
        }

        if (string.IsNullOrWhiteSpace(recipientName))
        {
            throw new DomainException($"“三送”须送到具体的家庭或企业，请填写{recipientKind.ToChinese()}名称");
        }

        if (sentOn > clock.Today)
        {
            throw new DomainException("日期不能晚于今天");
        }

        if (!sender.IsActiveOn(sentOn))
        {
            throw new DomainException($"{sender.Name}在{sentOn:yyyy年M月d日}不在本单位任职");
        }

        var record = new ThreeSendsRecord(unitId, sender.Id, actor)
        {
            Kind = kind,
            RecipientKind = recipientKind,
            RecipientName = Guard.Required(recipientName, "家庭或企业名称", 100),
            SentOn = sentOn,
            Content = Guard.Required(content, "送达内容", 2000),
        };
        record.Raise(new ThreeSendsRecorded(record));
        return record;
    }
}

/// <summary>A unit's “三送” in a year, counted by kind.</summary>
public sealed record ThreeSendsCount(int Policy, int Service, int Warmth)
{
    public int Total => Policy + Service + Warmth;

    public int Of(ThreeSendsKind kind) => kind switch
    {
        ThreeSendsKind.Policy => Policy,
        ThreeSendsKind.Service => Service,
        _ => Warmth,
    };

    /// <summary>"送政策3次、送服务2次、送温暖4次".</summary>
    public string Text => string.Join("、", Enum.GetValues<ThreeSendsKind>().Select(k => $"{k.ToChinese()}{Of(k)}次"));
}

public static class ThreeSendsTally
{
    public static ThreeSendsCount For(IEnumerable<ThreeSendsRecord> records, int unitId, int year)
    {
        var mine = records.Where(r => r.UnitId == unitId && r.Year == year).ToList();
        return new ThreeSendsCount(
            mine.Count(r => r.Kind == ThreeSendsKind.Policy),
            mine.Count(r => r.Kind == ThreeSendsKind.Service),
            mine.Count(r => r.Kind == ThreeSendsKind.Warmth));
    }
}
