using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Name).HasMaxLength(100).IsRequired();
        builder.Property(u => u.ShortName).HasMaxLength(30);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(u => u.DisplayName);
        builder.Ignore(u => u.IsRetired);
        // Units that existed before display orders came in all start at 0 (then by id), in the model as in the migration.
        builder.Property(u => u.DisplayOrder).HasDefaultValue(0);
        builder.HasMany(u => u.People).WithOne().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.People).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Name).HasMaxLength(50).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(100);
        builder.Property(p => p.Phone).HasMaxLength(PersonDetails.PhoneMaxLength);
        // People recorded before grades came in are "其他" until someone sets it, in the model as in the migration.
        builder.Property(p => p.Grade).HasDefaultValue(PersonGrade.Other);
    }
}

public sealed class SupervisionGroupConfiguration : IEntityTypeConfiguration<CampaignHub.Domain.Supervision.SupervisionGroup>
{
    public void Configure(EntityTypeBuilder<CampaignHub.Domain.Supervision.SupervisionGroup> builder)
    {
        builder.ToTable("SupervisionGroups");
        builder.Property(g => g.Name).HasMaxLength(50).IsRequired();
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasOne<Unit>().WithMany().HasForeignKey(g => g.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.SupervisionGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Units).WithOne().HasForeignKey(u => u.SupervisionGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(g => g.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SupervisionGroupMemberConfiguration : IEntityTypeConfiguration<CampaignHub.Domain.Supervision.SupervisionGroupMember>
{
    public void Configure(EntityTypeBuilder<CampaignHub.Domain.Supervision.SupervisionGroupMember> builder)
    {
        builder.ToTable("SupervisionGroupMembers");
        builder.HasIndex(m => new { m.SupervisionGroupId, m.UserId }).IsUnique();
        builder.HasOne<CampaignHub.Identity.AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SupervisedUnitConfiguration : IEntityTypeConfiguration<CampaignHub.Domain.Supervision.SupervisedUnit>
{
    public void Configure(EntityTypeBuilder<CampaignHub.Domain.Supervision.SupervisedUnit> builder)
    {
        builder.ToTable("SupervisedUnits");
        builder.HasIndex(u => new { u.SupervisionGroupId, u.UnitId }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
