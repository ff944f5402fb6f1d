using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.PublicOversight;

/// <summary>Something changed in the public-oversight registers; the feed reads the record's id after the save.</summary>
public abstract record OversightEvent(string Summary) : IDomainEvent
{
    public abstract int EntityId { get; }
}

public sealed record VolunteerAppointed(VolunteerSupervisor Volunteer) : OversightEvent($"聘任群众义务监督员{Volunteer.Name}")
{
    public override int EntityId => Volunteer.Id;
}

public sealed record VolunteerRevised(VolunteerSupervisor Volunteer) : OversightEvent($"修改群众义务监督员{Volunteer.Name}的登记")
{
    public override int EntityId => Volunteer.Id;
}

public sealed record VolunteerAppointmentEnded(VolunteerSupervisor Volunteer) : OversightEvent($"群众义务监督员{Volunteer.Name}聘期结束")
{
    public override int EntityId => Volunteer.Id;
}

public sealed record VolunteerAccountOpened(VolunteerSupervisor Volunteer) : OversightEvent($"为群众义务监督员{Volunteer.Name}开设账号")
{
    public override int EntityId => Volunteer.Id;
}

public sealed record ChannelSchedulePublished(ChannelSchedule Schedule) : OversightEvent($"公布{Schedule.Receiver}的接待安排")
{
    public override int EntityId => Schedule.Id;
}

public sealed record ChannelScheduleRevised(ChannelSchedule Schedule) : OversightEvent($"调整{Schedule.Receiver}的接待安排")
{
    public override int EntityId => Schedule.Id;
}

public sealed record ChannelScheduleWithdrawn(ChannelSchedule Schedule) : OversightEvent($"撤下{Schedule.Receiver}的接待安排")
{
    public override int EntityId => Schedule.Id;
}
