using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Features.PublicOversight;

public sealed class VolunteerSupervisorConfiguration : IEntityTypeConfiguration<VolunteerSupervisor>
{
    public void Configure(EntityTypeBuilder<VolunteerSupervisor> builder)
    {
        builder.ToTable("VolunteerSupervisors");
        builder.Property(v => v.Name).HasMaxLength(VolunteerSupervisor.MaxNameLength).IsRequired();
        builder.Property(v => v.Phone).HasMaxLength(20).IsRequired();
        builder.Property(v => v.Note).HasMaxLength(VolunteerSupervisor.MaxNoteLength);
        builder.Property(v => v.EndReason).HasMaxLength(VolunteerSupervisor.MaxNoteLength);
        builder.Property(v => v.UserName).HasMaxLength(256);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => v.UserName).IsUnique();
        builder.HasIndex(v => v.CampaignId);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(v => v.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Units).WithOne().HasForeignKey(u => u.VolunteerSupervisorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(v => v.OverseenUnitIds);
        builder.Ignore(v => v.IsOpen);
    }
}

public sealed class VolunteerUnitConfiguration : IEntityTypeConfiguration<VolunteerUnit>
{
    public void Configure(EntityTypeBuilder<VolunteerUnit> builder)
    {
        builder.ToTable("VolunteerSupervisorUnits");
        builder.HasIndex(u => new { u.VolunteerSupervisorId, u.UnitId }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChannelScheduleConfiguration : IEntityTypeConfiguration<ChannelSchedule>
{
    public void Configure(EntityTypeBuilder<ChannelSchedule> builder)
    {
        builder.ToTable("ChannelSchedules");
        builder.Property(s => s.Receiver).HasMaxLength(ChannelSchedule.MaxTextLength).IsRequired();
        builder.Property(s => s.Place).HasMaxLength(ChannelSchedule.MaxTextLength);
        builder.Property(s => s.Phone).HasMaxLength(30);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.DaysText);
        builder.Ignore(s => s.HoursText);
    }
}

/// <summary>The opinion's public-oversight links: the volunteer who filed it and the channel session it was heard at.</summary>
public sealed class OpinionOversightConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> builder)
    {
        builder.HasOne<VolunteerSupervisor>().WithMany().HasForeignKey(o => o.VolunteerSupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChannelSchedule>().WithMany().HasForeignKey(o => o.ChannelScheduleId).OnDelete(DeleteBehavior.Restrict);
    }
}
