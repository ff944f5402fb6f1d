using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Supervision;

/// <summary>What became of one round of 整改反馈.</summary>
public enum FeedbackDecision
{
    /// <summary>待验收: waiting for the supervisor (or the office).</summary>
    Pending = 0,

    /// <summary>已验收: accepted; the order is closed.</summary>
    Accepted = 1,

    /// <summary>已退回: returned with a reason; the unit reports again.</summary>
    Returned = 2,

    /// <summary>已补充: the unit sent a fuller report before anyone decided on this one.</summary>
    Superseded = 3,

    /// <summary>转入复测: a re-survey of the unit decides the order instead.</summary>
    Resurvey = 4,
}

public static class FeedbackDecisionNames
{
    public static string ToChinese(this FeedbackDecision decision) => decision switch
    {
        FeedbackDecision.Pending => "待验收",
        FeedbackDecision.Accepted => "已验收",
        FeedbackDecision.Returned => "已退回",
        FeedbackDecision.Superseded => "已补充更新",
        FeedbackDecision.Resurvey => "转入复测",
        _ => decision.ToString(),
    };
}

/// <summary>A file the unit attaches to its report back (already in the evidence store).</summary>
public sealed record FeedbackFile(string FileName, string StoragePath, string ContentType, long SizeBytes);

/// <summary>
/// One round of 整改反馈 on an order: the measures taken, the evidence, and the supervisor's decision on it.
/// Rounds are never edited after the decision; a returned order gets a new round.
/// </summary>
public sealed class OrderFeedback : Entity
{
    /// <summary>Files per round: enough for photos of each measure, not an archive dump.</summary>
    public const int MaxFiles = 10;

    private readonly List<OrderFeedbackEvidence> _evidence = [];

    private OrderFeedback()
    {
        Measures = string.Empty;
        SubmittedBy = string.Empty;
        SubmittedByName = string.Empty;
    }

    internal OrderFeedback(int round, string measures, IEnumerable<FeedbackFile> files, Actor actor, DateTimeOffset at)
    {
        Round = round;
        Measures = Guard.Required(measures, "整改措施", 4000);
        SubmittedBy = actor.UserName;
        SubmittedByName = actor.DisplayName;
        SubmittedAt = at;
        Decision = FeedbackDecision.Pending;
        foreach (var file in files)
        {
            _evidence.Add(new OrderFeedbackEvidence(file));
        }

        if (_evidence.Count > MaxFiles)
        {
            throw new DomainException($"每次反馈最多附{MaxFiles}份佐证材料");
        }
    }

    public int RectificationOrderId { get; private set; }

    /// <summary>1 for the first report back, 2 after the first return, and so on.</summary>
    public int Round { get; private set; }

    public string Measures { get; private set; }

    public string SubmittedBy { get; private set; }

    public string SubmittedByName { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public FeedbackDecision Decision { get; private set; }

    /// <summary>The return reason, or the supervisor's comment on acceptance.</summary>
    public string? DecisionNote { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public IReadOnlyList<OrderFeedbackEvidence> Evidence => _evidence;

    internal void Decide(FeedbackDecision decision, string? note, Actor actor, DateTimeOffset at)
    {
        Decision = decision;
        DecisionNote = note;
        DecidedBy = actor.UserName;
        DecidedByName = actor.DisplayName;
        DecidedAt = at;
    }
}

/// <summary>A photo or document proving a measure was carried out (实物资料).</summary>
public sealed class OrderFeedbackEvidence : Entity
{
    /// <summary>The same limit as every other evidence file.</summary>
    public const long MaxSizeBytes = 20L * 1024 * 1024;

    private OrderFeedbackEvidence()
    {
        FileName = string.Empty;
        StoragePath = string.Empty;
        ContentType = string.Empty;
    }

    internal OrderFeedbackEvidence(FeedbackFile file)
    {
        FileName = Guard.Required(file.FileName, "文件名", 200);
        StoragePath = Guard.Required(file.StoragePath, "存储路径", 500);
        ContentType = Guard.Required(file.ContentType, "文件类型", 100);
        if (file.SizeBytes is <= 0 or > MaxSizeBytes)
        {
            throw new DomainException($"文件大小必须在1字节到{MaxSizeBytes / 1024 / 1024}MB之间");
        }

        SizeBytes = file.SizeBytes;
    }

    public int OrderFeedbackId { get; private set; }

    public string FileName { get; private set; }

    public string StoragePath { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }
}
