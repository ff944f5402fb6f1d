using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Common;

/// <summary>
/// A comment kept on a unit's record (督导组全程跟踪): who, in which role, said what and when. Kept as written, never
/// edited; the record that owns it decides who may write one through <see cref="WhyCannotWrite"/>.
/// </summary>
public sealed class RecordComment
{
    public const int TextMaxLength = 2000;

    private RecordComment()
    {
        Text = string.Empty;
        By = string.Empty;
        ByName = string.Empty;
        ByRole = string.Empty;
    }

    private RecordComment(string text, Actor actor, DateTimeOffset at)
    {
        Text = text;
        By = actor.UserName;
        ByName = actor.DisplayName;
        ByRole = RoleOf(actor);
        At = at;
    }

    public string Text { get; private set; }

    public string By { get; private set; }

    public string ByName { get; private set; }

    public string ByRole { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>
    /// Who comments on a unit's stage-three records: the supervision group of the unit, and the unit's own editors
    /// (its coordinators, those above it, the office) answering them.
    /// </summary>
    public static ActionAnswer WhyCannotWrite(Actor actor, int unitId, UnitTree tree) => ActionAnswer.When(
        UnitAccess.CanEdit(actor, unitId, tree) || actor.Supervises(unitId),
        ActionAnswer.NotPermitted("只有督导该单位的督导组、本单位联络员或活动办可以提出意见"));

    /// <summary>The role a comment is shown under: the supervision group before the office before the unit.</summary>
    public static string RoleOf(Actor actor) =>
        RoleNames.ToChinese(actor.IsSupervisor ? Roles.Supervisor : actor.IsOffice ? Roles.Office : Roles.Coordinator);

    internal static RecordComment Write(string? text, Actor actor, IClock clock) =>
        new(Guard.Required(text, "意见", TextMaxLength), actor, clock.UtcNow);
}
