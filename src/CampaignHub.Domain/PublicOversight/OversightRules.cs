using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.PublicOversight;

/// <summary>Who keeps the public-oversight registers: the campaign office (and administrators).</summary>
public static class OversightRules
{
    public const string OnlyTheOffice = "只有活动办可以维护义务监督员名册和接待热线安排";

    public static ActionAnswer WhyCannotKeepRegister(Actor actor) => ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted(OnlyTheOffice));
}
