using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Units;

/// <summary>What is recorded about a person: name, position (职务), team role, grade (职级) and contact phone.</summary>
public sealed record PersonDetails(string Name, string? Title, PersonRole Role, PersonGrade Grade, string? Phone)
{
    public const int PhoneMaxLength = 20;

    /// <summary>A phone number is digits with an optional leading + and separators (-, space); 3–20 characters.</summary>
    public static string? CheckPhone(string? phone)
    {
        var trimmed = Guard.Optional(phone, "联系电话", PhoneMaxLength);
        if (trimmed is null)
        {
            return null;
        }

        var digits = trimmed.Count(char.IsAsciiDigit);
        var valid = digits >= 3 && trimmed.Select((c, i) => char.IsAsciiDigit(c) || c is '-' or ' ' || (c == '+' && i == 0)).All(ok => ok);
        return valid ? trimmed : throw new DomainException("联系电话只能包含数字、“-”和空格（可以“+”开头）");
    }
}

/// <summary>
/// A cadre's grade (职级). The levels the campaign documents distinguish: 县处级 (county / division), 乡科级
/// (township / section) and everyone else.
/// </summary>
public enum PersonGrade
{
    /// <summary>其他（一般干部、工作人员）.</summary>
    Other = 0,

    /// <summary>县处级.</summary>
    CountyOrDivision = 1,

    /// <summary>乡科级.</summary>
    TownshipOrSection = 2,
}

public static class PersonGradeNames
{
    public static readonly IReadOnlyList<PersonGrade> All = [PersonGrade.CountyOrDivision, PersonGrade.TownshipOrSection, PersonGrade.Other];

    public static string ToChinese(this PersonGrade grade) => grade switch
    {
        PersonGrade.CountyOrDivision => "县处级",
        PersonGrade.TownshipOrSection => "乡科级",
        PersonGrade.Other => "其他",
        _ => grade.ToString(),
    };

    public static PersonGrade? FromChinese(string? text) => All.Cast<PersonGrade?>().FirstOrDefault(g => g!.Value.ToChinese() == text?.Trim());
}
