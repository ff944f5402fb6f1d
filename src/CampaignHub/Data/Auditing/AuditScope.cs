using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace CampaignHub.Data.Auditing;

/// <summary>
/// Which entity types the audit trail records: business data. Not the audit log itself, not Identity's own
/// bookkeeping, and never the data-protection keys, whose XML is the secret that signs every cookie.
/// </summary>
public static class AuditScope
{
    public static bool Covers(Type entityType) =>
        entityType != typeof(AuditEntry)
        && entityType != typeof(DataProtectionKey)
        && entityType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) != true;
}
