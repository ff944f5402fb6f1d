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
    }
}
