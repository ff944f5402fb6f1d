using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Opinions;

/// <summary>Masks the name and phone of whoever raised an opinion. Pure; used on screens and in exports.</summary>
public static class PersonalDataMasking
{
    /// <summary>张三 → 张*, 李小明 → 李**; a one-character name → *.</summary>
    public static string? MaskName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        var elements = System.Globalization.StringInfo.ParseCombiningCharacters(trimmed).Length;
        if (elements <= 1)
        {
            return "*";
        }

        var first = System.Globalization.StringInfo.GetNextTextElement(trimmed);
        return first + new string('*', elements - 1);
    }

    /// <summary>
    /// 13812345678 → 138****5678. Shorter numbers keep less: 7–10 characters keep the first and last
    /// two; anything shorter is masked entirely, so a mask never reveals most of a number.
    /// </summary>
    public static string? MaskPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var p = phone.Trim();
        return p.Length switch
        {
            >= 11 => p[..3] + new string('*', p.Length - 7) + p[^4..],
            >= 7 => p[..2] + new string('*', p.Length - 4) + p[^2..],
            _ => new string('*', p.Length),
        };
    }
}

/// <summary>The raiser's contact as a given actor may see it.</summary>
public readonly record struct OpinionContactView(string? Name, string? Phone, bool IsMasked);

/// <summary>Who may see an opinion's personal data unmasked.</summary>
public static class OpinionPrivacy
{
    /// <summary>
    /// Only the office and the coordinators of the handling (claiming) unit. Not the units above it,
    /// not leaders, supervisors or the public: everyone else gets the masked form, exports included.
    /// </summary>
    public static bool CanSeePersonalData(Actor actor, Opinion opinion) =>
        actor.IsOffice
        || (actor.IsCoordinator && actor.UnitId is { } unitId && opinion.ClaimedByUnitId == unitId);

    public static OpinionContactView ContactFor(Actor? actor, Opinion opinion) =>
        actor is not null && CanSeePersonalData(actor, opinion)
            ? new OpinionContactView(opinion.RaisedByName, opinion.RaisedByPhone, IsMasked: false)
            : new OpinionContactView(PersonalDataMasking.MaskName(opinion.RaisedByName), PersonalDataMasking.MaskPhone(opinion.RaisedByPhone), IsMasked: true);
}
