using System.Globalization;
using CampaignHub.Data;
using CampaignHub.Domain.Accounts;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Organisation;

/// <summary>The unit tree to and from .xlsx: 单位名称, 上级单位, 单位类别, 排序. An import adds new units, all or none.</summary>
public sealed partial class OrganisationService
{
    public const string NameHeader = "单位名称";
    public const string ParentHeader = "上级单位";
    public const string KindHeader = "单位类别";
    public const string OrderHeader = "排序";

    /// <summary>The units in use, in tree order, with the import's columns: exported, the file imports into an empty organisation as the same tree.</summary>
    public async Task<byte[]> ExportAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanRead(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToListAsync(cancellationToken);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var rows = UnitTreeOrder.Of(units).Where(u => !u.IsRetired).ToList();
        XlsxColumn<Unit>[] columns =
        [
            new(NameHeader, u => u.Name, 32),
            new(ParentHeader, u => u.ParentId is { } p ? names.GetValueOrDefault(p) : null, 32),
            new(KindHeader, u => u.Kind.ToChinese(), 26),
            new(OrderHeader, u => u.DisplayOrder, 8),
        ];
        return new XlsxWriter().AddSheet("组织机构", rows, columns, $"组织机构（{clock.Today:yyyy-MM-dd}导出）").ToBytes();
    }

    /// <summary>Reads and checks every row; saves nothing.</summary>
    public async Task<UnitImportPreview> PreviewImportAsync(Actor actor, byte[] content, string? fileName = null, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ParseAsync(db, content, fileName, cancellationToken);
    }

    /// <summary>Adds every row as a new unit in one transaction (parents before children), or nothing when any row is wrong.</summary>
    public async Task<int> ImportAsync(Actor actor, byte[] content, string? fileName = null, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var preview = await ParseAsync(db, content, fileName, cancellationToken);
        if (preview.Rows.Count == 0 && preview.Errors.Count == 0)
        {
            throw new DomainException("文件中没有单位");
        }

        if (!preview.IsValid)
        {
            var first = preview.Errors[0];
            throw new DomainException($"文件有{preview.Errors.Count}处错误，未导入任何单位（第{first.Row}行“{first.Column}”：{first.Message}）");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Set<Unit>().Where(u => u.RetiredOn == null).ToDictionaryAsync(u => u.Name, u => u.Id, cancellationToken);
        var pending = preview.Rows.ToList();
        while (pending.Count > 0)
        {
            // Parents first: the check has already refused unknown parents and cycles, so each pass places at least one row.
            var ready = pending.Where(r => r.ParentName is null || ids.ContainsKey(r.ParentName)).ToList();
            if (ready.Count == 0)
            {
                throw new DomainException("上级关系无法确定，未导入任何单位");
            }

            var created = ready.Select(r => (Row: r, Unit: new Unit(r.Name, r.Kind, r.ParentName is null ? null : ids[r.ParentName], null, r.DisplayOrder))).ToList();
            db.AddRange(created.Select(c => c.Unit));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (row, unit) in created)
            {
                ids[row.Name] = unit.Id;
            }

            pending.RemoveAll(ready.Contains);
        }

        await transaction.CommitAsync(cancellationToken);
        return preview.Rows.Count;
    }

    private static async Task<UnitImportPreview> ParseAsync(CampaignHubDbContext db, byte[] content, string? fileName, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        var sheet = XlsxReader.Read(stream, NameHeader, fileName);
        var headers = sheet.Headers.ToList();
        var headerRow = sheet.Rows.Count > 0 ? sheet.Rows[0].RowNumber - 1 : 1;
        var missing = new[] { NameHeader, KindHeader }.Where(h => !headers.Contains(h)).Select(h => new RowError(headerRow, h, $"缺少“{h}”列，表头应为：单位名称、上级单位、单位类别、排序")).ToList();
        if (missing.Count > 0)
        {
            return new UnitImportPreview([], missing);
        }

        var existing = await db.Set<Unit>().AsNoTracking().Select(u => new { u.Name, u.RetiredOn }).ToListAsync(cancellationToken);
        var existingNames = existing.ToDictionary(u => u.Name, u => u.RetiredOn is not null);
        var errors = new List<RowError>();
        var rows = new List<(UnitImportRow Row, bool Valid)>();
        var firstRowOf = new Dictionary<string, int>();
        foreach (var row in sheet.Rows)
        {
            string Cell(string header) => headers.IndexOf(header) is var i and >= 0 ? row[i].Trim() : string.Empty;
            var rowErrors = new List<RowError>();
            void Error(string column, string message) => rowErrors.Add(new RowError(row.RowNumber, column, message));

            var name = Cell(NameHeader);
            if (name.Length == 0)
            {
                Error(NameHeader, "单位名称不能为空");
            }
            else if (name.Length > Unit.NameMaxLength)
            {
                Error(NameHeader, $"单位名称不能超过{Unit.NameMaxLength}个字符（现有{name.Length}个）");
            }
            else if (existingNames.ContainsKey(name))
            {
                Error(NameHeader, $"已有名为“{name}”的单位");
            }
            else if (firstRowOf.TryGetValue(name, out var earlier))
            {
                Error(NameHeader, $"与第{earlier}行重名");
            }
            else
            {
                firstRowOf[name] = row.RowNumber;
            }

            var kind = UnitKindNames.FromChinese(Cell(KindHeader));
            if (kind is null)
            {
                Error(KindHeader, Cell(KindHeader).Length == 0
                    ? "请填写单位类别"
                    : $"未知的单位类别“{Clip(Cell(KindHeader))}”，可选：{string.Join("、", UnitKindNames.All.Select(k => k.ToChinese()))}");
            }

            var order = 0;
            var orderText = Cell(OrderHeader);
            if (orderText.Length > 0 && (!int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out order) || order is < 0 or > 99999))
            {
                Error(OrderHeader, $"排序应为0到99999之间的整数，不是“{Clip(orderText)}”");
            }

            var parent = Cell(ParentHeader);
            errors.AddRange(rowErrors);
            rows.Add((new UnitImportRow(row.RowNumber, name, parent.Length == 0 ? null : parent, kind ?? UnitKind.Agency, order), rowErrors.Count == 0));
        }

        // Parents: an existing unit in use, or another row of the file (earlier or later), without a cycle.
        var parentOf = rows.Where(r => r.Valid).GroupBy(r => r.Row.Name).ToDictionary(g => g.Key, g => g.First().Row.ParentName);
        var valid = new List<UnitImportRow>();
        foreach (var (row, ok) in rows)
        {
            string? parentError = null;
            if (row.ParentName is { } parent)
            {
                if (parent == row.Name)
                {
                    parentError = "单位不能是自己的上级";
                }
                else if (existingNames.TryGetValue(parent, out var retired))
                {
                    parentError = retired ? $"上级单位“{Clip(parent)}”已撤销" : null;
                }
                else if (!parentOf.ContainsKey(parent))
                {
                    parentError = firstRowOf.ContainsKey(parent) ? $"上级单位“{Clip(parent)}”所在行有错误" : $"找不到上级单位“{Clip(parent)}”（须为已有单位或本文件中的单位）";
                }
                else if (CycleFrom(row.Name, parentOf) is { } cycle)
                {
                    parentError = $"上级关系形成循环：{cycle}";
                }
            }

            if (parentError is not null)
            {
                errors.Add(new RowError(row.Row, ParentHeader, parentError));
            }
            else if (ok)
            {
                valid.Add(row);
            }
        }

        return new UnitImportPreview(valid, errors.OrderBy(e => e.Row).ToList());
    }

    /// <summary>"A → B → A" when following parents inside the file from <paramref name="name"/> comes back to it.</summary>
    private static string? CycleFrom(string name, IReadOnlyDictionary<string, string?> parentOf)
    {
        var path = new List<string> { name };
        var current = parentOf.GetValueOrDefault(name);
        while (current is not null && parentOf.ContainsKey(current))
        {
            path.Add(current);
            if (current == name)
            {
                return string.Join(" → ", path.Select(Clip));
            }

            if (path.Count > parentOf.Count + 1)
            {
                return null; // a cycle further up, reported on its own rows
            }

            current = parentOf[current];
        }

        return null;
    }

    private static string Clip(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
