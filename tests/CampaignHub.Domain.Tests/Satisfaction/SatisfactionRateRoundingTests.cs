using CampaignHub.Domain.Satisfaction;

namespace CampaignHub.Domain.Tests.Satisfaction;

public sealed class SatisfactionRateRoundingTests
{
    [Fact]
    public void Rate_of_13_in_32_is_40_63_percent_everywhere()
    {
        var answers = Enumerable.Repeat(Answer.Satisfied, 13).Concat(Enumerable.Repeat(Answer.Dissatisfied, 19));

        var result = SatisfactionRate.Compute(answers, minimumSample: 1);

        Assert.Equal(0.4063m, SatisfactionRate.Of(13, 32));
        Assert.Equal(SatisfactionRate.Of(13, 32), result.Rate);
        Assert.Equal("40.6%", result.Display);
    }

    [Fact]
    public void No_valid_answers_give_no_rate()
    {
        Assert.Null(SatisfactionRate.Of(0, 0));
    }
}
