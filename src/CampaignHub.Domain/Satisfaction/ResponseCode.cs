using System.Security.Cryptography;
using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Satisfaction;

/// <summary>
/// A one-time response code (一次性答题码) for one unit and one respondent group. Third-party evaluators hand
/// them out as a printed sheet or as a link (<see cref="Link"/>). It works once; the answer it produces does
/// not store the code, so an answer cannot be traced back to whoever received it.
/// </summary>
public sealed class ResponseCode : AggregateRoot
{
    /// <summary>Upper-case letters and digits without look-alikes (0/O, 1/I/L), so printed codes can be typed.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int CodeLength = 8;

    public const int MaxPerBatch = 5000;

    public const string AlreadyUsedMessage = "该答题码已使用，不能重复作答";

    private ResponseCode()
    {
        Code = string.Empty;
    }

    private ResponseCode(int surveyId, int unitId, int respondentGroupNumber, string code, DateTimeOffset createdAt)
    {
        SurveyId = surveyId;
        UnitId = unitId;
        RespondentGroupNumber = respondentGroupNumber;
        Code = code;
        CreatedAt = createdAt;
    }

    public int SurveyId { get; private set; }

    public int UnitId { get; private set; }

    public int RespondentGroupNumber { get; private set; }

    public string Code { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public bool IsUsed => UsedAt is not null;

    /// <summary>The relative link of the anonymous survey page.</summary>
    public string Link => $"/s/{Code}";

    /// <summary>
    /// Generates <paramref name="count"/> fresh codes for a unit and respondent group. Codes are drawn from a
    /// cryptographic random source; <paramref name="existingCodes"/> (if given) are avoided, and the store's
    /// unique index is the final guard.
    /// </summary>
    public static IReadOnlyList<ResponseCode> Generate(
        SatisfactionSurvey survey,
        int unitId,
        int respondentGroupNumber,
        int count,
        Actor actor,
        IClock clock,
        IReadOnlySet<string>? existingCodes = null)
    {
        survey.WhyCannot(SurveyAction.GenerateCodes, actor).Ensure();

        if (!survey.Targets(unitId))
        {
            throw new DomainException("该单位不是本测评的测评对象");
        }

        if (survey.FindRespondentGroup(respondentGroupNumber) is null)
        {
            throw new DomainException("参评群体不存在");
        }

        if (count is < 1 or > MaxPerBatch)
        {
            throw new DomainException($"每次生成的答题码数量必须在1到{MaxPerBatch}之间");
        }

        var taken = new HashSet<string>(existingCodes ?? new HashSet<string>(), StringComparer.Ordinal);
        var codes = new List<ResponseCode>(count);
        while (codes.Count < count)
        {
            var code = NewCode();
            if (taken.Add(code))
            {
                codes.Add(new ResponseCode(survey.Id, unitId, respondentGroupNumber, code, clock.UtcNow));
            }
        }

        if (codes.Count > 0)
        {
            // One fact for the batch: the office generated codes for a unit and group.
            codes[0].Raise(new ResponseCodesGenerated(survey, unitId, codes.Count));
        }

        return codes;
    }

    /// <summary>Normalises what a person typed: upper case, without spaces or dashes.</summary>
    public static string Normalize(string? typed) =>
        new((typed ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    /// <summary>Whether a string can be a code at all (checked before looking it up).</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: CodeLength } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>Marks the code used. A second use throws and changes nothing.</summary>
    public void Use(IClock clock)
    {
        if (UsedAt is not null)
        {
            throw new DomainException(AlreadyUsedMessage);
        }

        // To the minute, like the answer it unlocked: a time to the second beside the code's unit and group
        // could be matched against the answer rows and undo their anonymity.
        UsedAt = ChinaTime.ToMinute(clock.UtcNow);
    }

    private static string NewCode() => new(RandomNumberGenerator.GetItems<char>(Alphabet, CodeLength));
}
