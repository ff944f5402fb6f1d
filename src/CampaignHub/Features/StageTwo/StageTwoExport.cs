namespace CampaignHub.Features.StageTwo;

/// <summary>How the overview's yes/no columns read in an export and on paper.</summary>
public static class StageTwoExport
{
    public static string YesNo(bool done) => done ? "是" : "否";
}
