using CampaignHub.Data;
using CampaignHub.Domain.Accounts;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Accounts;
using CampaignHub.Identity;
using CampaignHub.Features.Organisation;
using CampaignHub.Infrastructure.Excel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.People;

/// <summary>
/// People and their accounts from .xlsx (姓名, 单位, 职务, 班子角色, 职级, 联系电话, 账号, 角色, 管辖单位): a row is a
/// person, and an account when 账号 is filled. Checked row by row, saved all or nothing; the accounts' one-time
/// passwords are returned once.
/// </summary>
public sealed partial class PeopleService
{
    public const string NameHeader = "姓名";
    public const string UnitHeader = "单位";
    public const string TitleHeader = "职务";
    public const string TeamRoleHeader = "班子角色";
    public const string GradeHeader = "职级";
    public const string PhoneHeader = "联系电话";
    public const string UserNameHeader = "账号";
    public const string RoleHeader = "角色";
    public const string ScopeHeader = "管辖单位";

    public static readonly IReadOnlyList<string> Headers = [NameHeader, UnitHeader, TitleHeader, TeamRoleHeader, GradeHeader, PhoneHeader, UserNameHeader, RoleHeader, ScopeHeader];

    /// <summary>An empty workbook with the import's headers and one example row.</summary>
    public static byte[] Template()
    {
        string?[][] example = [["严晓", "东山街道", "联络员", "联络员", "其他", "13800000000", "yanxiao", "单位联络员", "东山街道"]];
        var columns = Headers.Select((h, i) => new XlsxColumn<string?[]>(h, r => r[i], 16)).ToList();
        return new XlsxWriter().AddSheet("人员与账号", example, columns, "人员与账号导入模板（示例行可删除）").ToBytes();
    }

    public async Task<PeopleImportPreview> PreviewImportAsync(Actor actor, byte[] content, string? fileName = null, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var scope = scopes.CreateAsyncScope();
        return await ParseAsync(scope.ServiceProvider, content, fileName, cancellationToken);
    }

    /// <summary>Adds every person and opens every account of the file in one transaction, or nothing when any row is wrong.</summary>
    public async Task<PeopleImportResult> ImportAsync(Actor actor, byte[] content, string? fileName = null, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignHubDbContext>();
        db.Actor = actor.UserName;
        var preview = await ParseAsync(scope.ServiceProvider, content, fileName, cancellationToken);
        if (preview.Rows.Count == 0 && preview.Errors.Count == 0)
        {
            throw new DomainException("文件中没有人员");
        }

        if (!preview.IsValid)
        {
            var first = preview.Errors[0];
            throw new DomainException($"文件有{preview.Errors.Count}处错误，未导入任何人员和账号（第{first.Row}行“{first.Column}”：{first.Message}）");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var units = await db.Set<Unit>().Include(u => u.People).Where(u => u.RetiredOn == null).ToDictionaryAsync(u => u.Name, cancellationToken);
        var people = preview.Rows.Select(r => (Row: r, Person: units[r.UnitName].AddPerson(r.Person, clock.Today))).ToList();
        await db.SaveChangesAsync(cancellationToken);
        var passwords = new List<IssuedPassword>();
        foreach (var (row, person) in people.Where(p => p.Row.UserName is not null))
        {
            var input = new AccountInput(row.UserName!, row.Role!, person.Id, row.ScopeUnitName is { } scopeName ? units[scopeName].Id : null);
            passwords.Add(await AccountService.CreateInScopeAsync(scope.ServiceProvider, input, OneTimePasswords.Generate(), mustChangePassword: true, cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return new PeopleImportResult(people.Count, passwords);
    }

    private static async Task<PeopleImportPreview> ParseAsync(IServiceProvider services, byte[] content, string? fileName, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CampaignHubDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        using var stream = new MemoryStream(content, writable: false);
        var sheet = XlsxReader.Read(stream, NameHeader, fileName);
        var headers = sheet.Headers.ToList();
        var headerRow = sheet.Rows.Count > 0 ? sheet.Rows[0].RowNumber - 1 : 1;
        var missing = new[] { NameHeader, UnitHeader }.Where(h => !headers.Contains(h))
            .Select(h => new RowError(headerRow, h, $"缺少“{h}”列，表头应为：{string.Join("、", Headers)}")).ToList();
        if (missing.Count > 0)
        {
            return new PeopleImportPreview([], missing);
        }

        var units = await db.Set<Unit>().AsNoTracking().Include(u => u.People).ToListAsync(cancellationToken);
        var unitByName = units.GroupBy(u => u.Name).ToDictionary(g => g.Key, g => g.First());
        var mainLeaders = units.Where(u => u.People.Any(p => p.Role == PersonRole.MainLeader && p.LeftOn is null)).Select(u => u.Name).ToHashSet();
        var errors = new List<RowError>();
        var rows = new List<PersonImportRow>();
        var userNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var mainLeaderRows = new Dictionary<string, int>();
        foreach (var row in sheet.Rows)
        {
            string Cell(string header) => headers.IndexOf(header) is var i and >= 0 ? row[i].Trim() : string.Empty;
            var rowErrors = new List<RowError>();
            void Error(string column, string message) => rowErrors.Add(new RowError(row.RowNumber, column, message));

            var unitName = Cell(UnitHeader);
            Unit? unit = null;
            if (unitName.Length == 0)
            {
                Error(UnitHeader, "请填写单位");
            }
            else if (!unitByName.TryGetValue(unitName, out unit))
            {
                Error(UnitHeader, $"找不到单位“{Clip(unitName)}”（请先在组织机构中添加）");
            }
            else if (unit.IsRetired)
            {
                Error(UnitHeader, $"单位“{Clip(unitName)}”已撤销");
            }

            var teamRole = PersonRole.Staff;
            if (Cell(TeamRoleHeader) is { Length: > 0 } roleText && PersonRoleNames.FromChinese(roleText) is not { } parsedRole)
            {
                Error(TeamRoleHeader, $"未知的班子角色“{Clip(roleText)}”，可选：{string.Join("、", PersonRoleNames.All.Select(r => r.ToChinese()))}");
            }
            else if (Cell(TeamRoleHeader).Length > 0)
            {
                teamRole = PersonRoleNames.FromChinese(Cell(TeamRoleHeader))!.Value;
            }

            if (teamRole == PersonRole.MainLeader && unit is not null)
            {
                if (mainLeaders.Contains(unit.Name))
                {
                    Error(TeamRoleHeader, "该单位已有在任主要领导");
                }
                else if (mainLeaderRows.TryGetValue(unit.Name, out var other))
                {
                    Error(TeamRoleHeader, $"第{other}行已是该单位的主要领导");
                }
                else
                {
                    mainLeaderRows[unit.Name] = row.RowNumber;
                }
            }

            var grade = PersonGrade.Other;
            if (Cell(GradeHeader) is { Length: > 0 } gradeText)
            {
                if (PersonGradeNames.FromChinese(gradeText) is { } parsedGrade)
                {
                    grade = parsedGrade;
                }
                else
                {
                    Error(GradeHeader, $"未知的职级“{Clip(gradeText)}”，可选：{string.Join("、", PersonGradeNames.All.Select(g => g.ToChinese()))}");
                }
            }

            var details = new PersonDetails(Cell(NameHeader), NullIfEmpty(Cell(TitleHeader)), teamRole, grade, NullIfEmpty(Cell(PhoneHeader)));
            Check(NameHeader, () => Guard.Required(details.Name, "姓名", 50), Error);
            Check(TitleHeader, () => Guard.Optional(details.Title, "职务", 100), Error);
            Check(PhoneHeader, () => PersonDetails.CheckPhone(details.Phone), Error);

            string? userName = NullIfEmpty(Cell(UserNameHeader));
            string? role = null;
            string? scopeName = NullIfEmpty(Cell(ScopeHeader));
            if (userName is not null)
            {
                if (Check(UserNameHeader, () => AccountRules.CheckUserName(userName), Error))
                {
                    if (userNames.TryGetValue(userName, out var earlier))
                    {
                        Error(UserNameHeader, $"与第{earlier}行的账号重复");
                    }
                    else if (await users.FindByNameAsync(userName) is not null)
                    {
                        Error(UserNameHeader, $"账号“{userName}”已存在");
                    }
                    else
                    {
                        userNames[userName] = row.RowNumber;
                    }
                }

                role = Roles.All.FirstOrDefault(r => RoleNames.ToChinese(r) == Cell(RoleHeader));
                if (role is null || role == Roles.Display)
                {
                    Error(RoleHeader, Cell(RoleHeader).Length == 0
                        ? "开设账号须填写角色"
                        : $"未知的角色“{Clip(Cell(RoleHeader))}”，可选：{string.Join("、", Roles.All.Where(r => r != Roles.Display).Select(RoleNames.ToChinese))}");
                }
                else if (role == Roles.Coordinator)
                {
                    if (scopeName is null)
                    {
                        Error(ScopeHeader, "单位联络员须填写管辖单位");
                    }
                    else if (!unitByName.TryGetValue(scopeName, out var scopeUnit))
                    {
                        Error(ScopeHeader, $"找不到管辖单位“{Clip(scopeName)}”");
                    }
                    else if (scopeUnit.IsRetired)
                    {
                        Error(ScopeHeader, $"管辖单位“{Clip(scopeName)}”已撤销");
                    }
                }
                else if (scopeName is not null)
                {
                    Error(ScopeHeader, role == Roles.Supervisor ? "督导组成员的督导单位在“督导组”页面设置，此列请留空" : "只有单位联络员有管辖单位，此列请留空");
                }
            }
            else if (Cell(RoleHeader).Length > 0 || scopeName is not null)
            {
                Error(UserNameHeader, "填写了角色或管辖单位，但没有填写账号");
            }

            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0)
            {
                rows.Add(new PersonImportRow(row.RowNumber, unitName, details, userName, role, role == Roles.Coordinator ? scopeName : null));
            }
        }

        return new PeopleImportPreview(rows, errors);
    }

    private static bool Check(string column, Action check, Action<string, string> error)
    {
        try
        {
            check();
            return true;
        }
        catch (DomainException ex)
        {
            error(column, ex.Message);
            return false;
        }
    }

    private static bool Check<T>(string column, Func<T> check, Action<string, string> error) => Check(column, () => { _ = check(); }, error);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Clip(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
