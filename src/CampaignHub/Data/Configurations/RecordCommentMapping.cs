using System.Linq.Expressions;
using CampaignHub.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

/// <summary>Maps a record's comments to a table of its own, with the limits the domain sets.</summary>
public static class RecordCommentMapping
{
    public static void OwnsComments<TOwner>(this EntityTypeBuilder<TOwner> builder, Expression<Func<TOwner, IEnumerable<RecordComment>?>> comments, string table)
        where TOwner : class
    {
        builder.OwnsMany(comments, comment =>
        {
            comment.ToTable(table);
            comment.Property<int>("Id");
            comment.HasKey("Id");
            comment.Property(c => c.Text).HasMaxLength(RecordComment.TextMaxLength).IsRequired();
            comment.Property(c => c.By).HasMaxLength(256).IsRequired();
            comment.Property(c => c.ByName).HasMaxLength(100).IsRequired();
            comment.Property(c => c.ByRole).HasMaxLength(20).IsRequired();
        });
        builder.Navigation(comments!).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
