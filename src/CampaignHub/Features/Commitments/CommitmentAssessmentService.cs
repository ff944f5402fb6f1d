using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Commitments;

/// <summary>
/// The three-level assessment of commitments (三级考核): 党员互评 and 党组织点评 recorded per commitment, 群众测评 from
/// the public's ratings, combined into the year-end grade with the 三查三看 result beside it.
/// </summary>
public sealed class CommitmentAssessmentService(IDbContextFactory<CampaignHubDbContext> dbFactory, CommitmentService commitments)
{
    public async Task<AssessmentDto> AssessmentAsync(Actor actor, int campaignId, int? unitId, CommitmentKind? kind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var title = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Title).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var scope = CommitmentService.Scope(tree, unitId);
        var shown = (await db.Set<Commitment>().AsNoTracking().Where(c => c.CampaignId == campaignId && c.Status != CommitmentStatus.Cancelled).OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Where(c => (scope is null || scope.Contains(c.ResponsibleUnitId)) && (kind is null || c.Kind == kind))
            .ToList();
        var reviews = await db.Set<ThreeChecksReview>().AsNoTracking().Where(r => r.CampaignId == campaignId).ToListAsync(cancellationToken);
        var names = await CommitmentService.UnitNamesAsync(db, cancellationToken);
        var reviewers = await Rectification.RectificationService.DisplayNamesAsync(db, shown.Select(c => c.OrganisationReviewedBy).OfType<string>(), cancellationToken);
        var rows = commitments.ToRows(shown, names, actor, tree);
        var result = shown.Zip(rows, (c, row) =>
        {
            var assessment = c.Assessment;
            return new AssessmentRowDto(
                row,
                assessment.PeerScore,
                c.PeerReviewNote,
                assessment.OrganisationScore,
                c.OrganisationReviewComment,
                c.OrganisationReviewedBy is { } by ? reviewers.GetValueOrDefault(by, by) : null,
                assessment.PublicScore,
                assessment.PublicRatings.Rated,
                assessment.WeightedScore,
                assessment.Grade,
                assessment.GradeText,
                ThreeChecks.ResultText(c.Status, c.ResponsibleUnitId, tree, reviews));
        }).ToList();
        var scopeName = unitId is { } id ? names.GetValueOrDefault(id, "?") : "全部单位";
        return new AssessmentDto(campaignId, title, scopeName, result);
    }

    public Task RecordPeerReviewAsync(Actor actor, int commitmentId, AssessmentInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, commitmentId, input, (c, tree) => c.RecordPeerReview(input.Score ?? throw new DomainException("请填写党员互评得分"), input.Note, actor, tree), cancellationToken);

    public Task RecordOrganisationReviewAsync(Actor actor, int commitmentId, AssessmentInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, commitmentId, input, (c, tree) => c.RecordOrganisationReview(input.Score ?? throw new DomainException("请填写党组织点评得分"), input.Note ?? string.Empty, actor, tree), cancellationToken);

    /// <summary>The assessment as .xlsx, the columns of the page.</summary>
    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, int? unitId, CommitmentKind? kind, CancellationToken cancellationToken = default)
    {
        var view = await AssessmentAsync(actor, campaignId, unitId, kind, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<AssessmentRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("责任单位", r => r.Commitment.UnitName, 18),
            new("承诺事项", r => r.Commitment.Content, 36),
            new("承诺类型", r => r.Commitment.Kind.ToChinese(), 10),
            new("党员互评", r => r.PeerScore, 10),
            new("党组织点评", r => r.OrganisationScore, 10),
            new("点评意见", r => r.OrganisationComment, 30),
            new("群众测评", r => r.PublicScore, 10),
            new("评价人数", r => r.PublicRaters, 10),
            new("综合得分", r => r.WeightedScore, 10),
            new("年终等次", r => r.GradeText, 20),
            new("三查三看", r => r.ThreeChecks, 20),
        };
        return new XlsxWriter().AddSheet("三级考核", view.Rows, columns, $"{view.CampaignTitle}承诺事项三级考核（{CommitmentAssessment.Rule}）").ToBytes();
    }

    private async Task MutateAsync(Actor actor, int id, AssessmentInput input, Action<Commitment, Domain.Units.UnitTree> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var commitment = await db.Set<Commitment>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("找不到该承诺事项");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        if (!Domain.Units.UnitAccess.CanReadWorkOf(actor, commitment.ResponsibleUnitId, tree))
        {
            throw new NotFoundException("找不到该承诺事项");
        }

        commitment.EnsureVersion(input.ExpectedVersion, () => null);
        change(commitment, tree);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }
}
