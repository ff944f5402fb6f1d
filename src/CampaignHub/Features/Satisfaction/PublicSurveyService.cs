using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// The anonymous survey page's service. A code is spent in the same save that stores the answer; the answer row
/// carries the unit and respondent group only. A used code changes nothing.
/// </summary>
public sealed class PublicSurveyService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, LowSatisfactionMonitor monitor)
{
    /// <summary>Anonymous submissions are saved under this name: the audit trail never names a respondent.</summary>
    public const string AnonymousActor = "anonymous";

    public const string UnknownCodeMessage = "答题码无效，请核对后重新输入";

    public async Task<PublicSurveyDto> GetAsync(string? typedCode, CancellationToken cancellationToken = default)
    {
        var code = ResponseCode.Normalize(typedCode);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = ResponseCode.IsWellFormed(code)
            ? await db.Set<ResponseCode>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken)
            : null;
        if (found is null)
        {
            return new PublicSurveyDto(code, string.Empty, string.Empty, string.Empty, default, [], UnknownCodeMessage);
        }

        var survey = await SurveyAdminService.LoadAsync(db, found.SurveyId, cancellationToken);
        var unit = (await SurveyAdminService.UnitNamesAsync(db, cancellationToken)).GetValueOrDefault(found.UnitId, string.Empty);
        var group = survey.FindRespondentGroup(found.RespondentGroupNumber)?.Name ?? string.Empty;
        var refusal = found.IsUsed ? ResponseCode.AlreadyUsedMessage : Refusal(survey);
        return new PublicSurveyDto(
            code,
            survey.Title,
            unit,
            group,
            survey.ClosesAt,
            survey.Questions.Select(q => new QuestionDto(q.Number, q.Text, q.Order, q.Kind)).ToList(),
            refusal);
    }

    /// <summary>Stores one anonymous answer and spends the code; throws a Chinese <see cref="DomainException"/> otherwise.</summary>
    public async Task SubmitAsync(string? typedCode, IReadOnlyDictionary<int, Answer?> answers, CancellationToken cancellationToken = default)
    {
        var code = ResponseCode.Normalize(typedCode);
        if (!ResponseCode.IsWellFormed(code))
        {
            throw new DomainException(UnknownCodeMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = AnonymousActor;
        var found = await db.Set<ResponseCode>().FirstOrDefaultAsync(c => c.Code == code, cancellationToken) ?? throw new DomainException(UnknownCodeMessage);
        var survey = await SurveyAdminService.LoadAsync(db, found.SurveyId, cancellationToken);
        var response = SurveyResponse.SubmitOnline(survey, found, answers, clock);
        db.Add(response);
        try
        {
            // The code's version is its concurrency token: two submissions racing with one code cannot both win.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(ResponseCode.AlreadyUsedMessage);
        }

        var flags = await monitor.FlagLowUnitsAsync(db, survey, cancellationToken);
        if (flags.Count > 0)
        {
            db.Actor = Actor.System.UserName;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private string? Refusal(SatisfactionSurvey survey)
    {
        if (survey.Status == SurveyStatus.Draft)
        {
            return "测评尚未开始，请在开始后再作答";
        }

        return survey.IsAcceptingResponses(clock.UtcNow) ? null : "测评已结束，不能再作答";
    }
}
