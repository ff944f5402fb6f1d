using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Opinions;

public class PersonalDataMaskingTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("李小明", "李**")]
    [InlineData("欧阳修文", "欧***")]
    [InlineData(" 王五 ", "王*")]
    [InlineData("张", "*")]
    public void Names_keep_only_the_first_character(string name, string masked) =>
        Assert.Equal(masked, PersonalDataMasking.MaskName(name));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("025-52123456", "025*****3456")]
    [InlineData("52123456", "52****56")]
    [InlineData("12345", "*****")]
    public void Phones_hide_the_middle(string phone, string masked) =>
        Assert.Equal(masked, PersonalDataMasking.MaskPhone(phone));

    [Fact]
    public void Absent_data_stays_absent() => Assert.True(
        PersonalDataMasking.MaskName(null) is null && PersonalDataMasking.MaskName(" ") is null && PersonalDataMasking.MaskPhone(null) is null);

    [Fact]
    public void The_office_sees_personal_data_unmasked()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);

        var contact = OpinionPrivacy.ContactFor(ActorBuilder.Office(), opinion);

        Assert.Equal(new OpinionContactView("张三", "13812345678", IsMasked: false), contact);
    }

    [Fact]
    public void The_handling_units_coordinator_sees_personal_data_unmasked()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);

        Assert.True(OpinionPrivacy.CanSeePersonalData(ActorBuilder.Coordinator(DemoTree.Street), opinion));
    }

    [Fact]
    public void Other_units_leaders_supervisors_and_the_public_see_it_masked()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);

        Assert.False(OpinionPrivacy.CanSeePersonalData(ActorBuilder.Coordinator(DemoTree.Agency), opinion));
        Assert.False(OpinionPrivacy.CanSeePersonalData(ActorBuilder.Coordinator(DemoTree.Street), opinion)); // the parent is not the handling unit
        Assert.False(OpinionPrivacy.CanSeePersonalData(ActorBuilder.Leader(), opinion));
        Assert.False(OpinionPrivacy.CanSeePersonalData(ActorBuilder.Supervisor(), opinion));
        Assert.Equal(new OpinionContactView("张*", "138****5678", IsMasked: true), OpinionPrivacy.ContactFor(null, opinion));
    }

    [Fact]
    public void Once_escalated_the_lower_unit_no_longer_sees_it_and_the_claiming_upper_unit_does()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);
        var clock = ItemBuilder.Clock();
        opinion.EscalateAsRootedAbove(DemoTree.Street, "根子在街道", ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), DemoTree.Kinds, clock);
        opinion.Claim(DemoTree.Street, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), clock);

        Assert.False(OpinionPrivacy.CanSeePersonalData(ActorBuilder.Coordinator(DemoTree.Community), opinion));
        Assert.True(OpinionPrivacy.CanSeePersonalData(ActorBuilder.Coordinator(DemoTree.Street), opinion));
    }

    [Fact]
    public void An_unclaimed_opinion_is_unmasked_only_for_the_office()
    {
        var opinion = OpinionBuilder.EnteredBy(DemoTree.Street);

        Assert.False(OpinionPrivacy.CanSeePersonalData(ActorBuilder.Coordinator(DemoTree.Street), opinion));
        Assert.True(OpinionPrivacy.CanSeePersonalData(ActorBuilder.Office(), opinion));
    }
}
