namespace CampaignHub.Domain.Common;

/// <summary>
/// A record that must not be linkable to a person or to an exact moment (e.g. an anonymous survey answer).
/// The audit trail writes no per-row entry for it; the operation that created it is audited instead
/// (for paper imports, the <c>PaperImport</c> record).
/// </summary>
public interface IAnonymousRecord;
