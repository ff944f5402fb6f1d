using System.Globalization;
using System.Text;
using CampaignHub.Data;
using CampaignHub.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

// Writes the C# of a new migration: what the model has that the existing migrations do not build.
// EF Core's design-time scaffolder cannot be restored here (see ../shared/STACK.md), so this covers
// the operations our features use (new tables, new columns, new indexes). The migration is then
// read and committed like hand-written code; the schema test proves it matches the model.
// Usage: dotnet run --project tools/CampaignHub.MigrationScaffolder -- <MigrationName>
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: CampaignHub.MigrationScaffolder <MigrationName>");
    return 2;
}

var name = args[0];
var dbPath = Path.Combine(Path.GetTempPath(), $"scaffold-{Guid.NewGuid():N}.db");
var options = new DbContextOptionsBuilder<CampaignHubDbContext>().UseSqlite($"Data Source={dbPath}").Options;
await using var db = new CampaignHubDbContext(options, new SystemClock());
await db.Database.MigrateAsync();

var existing = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
var existingIndexes = new HashSet<string>(StringComparer.Ordinal);
await using (var connection = new SqliteConnection($"Data Source={dbPath}"))
{
    await connection.OpenAsync();
    foreach (var table in await Query(connection, "SELECT name FROM sqlite_master WHERE type='table'"))
    {
        existing[table] = (await Query(connection, $"SELECT name FROM pragma_table_info('{table}')")).ToHashSet();
    }

    existingIndexes.UnionWith(await Query(connection, "SELECT name FROM sqlite_master WHERE type='index'"));
}

SqliteConnection.ClearAllPools();
File.Delete(dbPath);

var model = db.GetService<IDesignTimeModel>().Model;
var operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, model.GetRelationalModel());
var up = new StringBuilder();
var down = new List<string>();
foreach (var operation in operations)
{
    switch (operation)
    {
        case CreateTableOperation table when !existing.ContainsKey(table.Name):
            up.Append(CreateTable(table));
            down.Insert(0, $"        migrationBuilder.DropTable(name: \"{table.Name}\");\n");
            break;
        case CreateTableOperation table:
            foreach (var column in table.Columns.Where(c => !existing[table.Name].Contains(c.Name)))
            {
                up.Append(AddColumn(table.Name, column));
                down.Insert(0, $"        migrationBuilder.DropColumn(name: \"{column.Name}\", table: \"{table.Name}\");\n");
            }

            break;
        case CreateIndexOperation index when !existingIndexes.Contains(index.Name):
            up.Append(CreateIndex(index));
            if (existing.ContainsKey(index.Table))
            {
                down.Insert(0, $"        migrationBuilder.DropIndex(name: \"{index.Name}\", table: \"{index.Table}\");\n");
            }

            break;
    }
}

if (up.Length == 0)
{
    Console.Error.WriteLine("The migrations already build the model: nothing to scaffold.");
    return 1;
}

var id = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "_" + name;
var source = $$"""
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations;

[DbContext(typeof(CampaignHubDbContext))]
[Migration("{{id}}")]
public sealed class {{name}} : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
{{up.ToString().TrimEnd()}}
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
{{string.Concat(down).TrimEnd()}}
    }
}

""";
var output = Path.Combine(FindRepositoryRoot(), "src", "CampaignHub", "Data", "Migrations", id + ".cs");
await File.WriteAllTextAsync(output, source);
Console.WriteLine(output);
return 0;

static async Task<List<string>> Query(SqliteConnection connection, string sql)
{
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    await using var reader = await command.ExecuteReaderAsync();
    var result = new List<string>();
    while (await reader.ReadAsync())
    {
        result.Add(reader.GetString(0));
    }

    return result;
}

static string CreateTable(CreateTableOperation table)
{
    var sb = new StringBuilder();
    sb.Append(CultureInfo.InvariantCulture, $"        migrationBuilder.CreateTable(\n            name: \"{table.Name}\",\n            columns: table => new\n            {{\n");
    foreach (var column in table.Columns)
    {
        sb.Append(CultureInfo.InvariantCulture, $"                {column.Name} = table.Column<{TypeName(column.ClrType)}>({ColumnArguments(column)})");
        foreach (var annotation in column.GetAnnotations())
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n                    .Annotation(\"{annotation.Name}\", {Literal(annotation.Value)})");
        }

        sb.Append(",\n");
    }

    sb.Append("            },\n            constraints: table =>\n            {\n");
    if (table.PrimaryKey is { } pk)
    {
        sb.Append(CultureInfo.InvariantCulture, $"                table.PrimaryKey(\"{pk.Name}\", {Columns(pk.Columns)});\n");
    }

    foreach (var unique in table.UniqueConstraints)
    {
        sb.Append(CultureInfo.InvariantCulture, $"                table.UniqueConstraint(\"{unique.Name}\", {Columns(unique.Columns)});\n");
    }

    foreach (var fk in table.ForeignKeys)
    {
        var principal = fk.PrincipalColumns!.Length == 1 ? $"principalColumn: \"{fk.PrincipalColumns[0]}\"" : $"principalColumns: new[] {{ {string.Join(", ", fk.PrincipalColumns.Select(c => $"\"{c}\""))} }}";
        sb.Append(CultureInfo.InvariantCulture, $"                table.ForeignKey(\n                    name: \"{fk.Name}\",\n                    column: {Columns(fk.Columns)},\n                    principalTable: \"{fk.PrincipalTable}\",\n                    {principal},\n                    onDelete: ReferentialAction.{fk.OnDelete});\n");
    }

    sb.Append("            });\n\n");
    return sb.ToString();
}

static string AddColumn(string table, AddColumnOperation column) =>
    $"        migrationBuilder.AddColumn<{TypeName(column.ClrType)}>(\n            name: \"{column.Name}\",\n            table: \"{table}\",\n            {ColumnArguments(column)}{(column.DefaultValue is null && !column.IsNullable ? $",\n            defaultValue: {DefaultFor(column.ClrType)}" : string.Empty)});\n\n";

static string CreateIndex(CreateIndexOperation index)
{
    var columns = index.Columns.Length == 1 ? $"column: \"{index.Columns[0]}\"" : $"columns: new[] {{ {string.Join(", ", index.Columns.Select(c => $"\"{c}\""))} }}";
    var unique = index.IsUnique ? ",\n            unique: true" : string.Empty;
    var filter = index.Filter is null ? string.Empty : $",\n            filter: {Literal(index.Filter)}";
    return $"        migrationBuilder.CreateIndex(\n            name: \"{index.Name}\",\n            table: \"{index.Table}\",\n            {columns}{unique}{filter});\n\n";
}

static string ColumnArguments(ColumnOperation column)
{
    var parts = new List<string>();
    if (column.ColumnType is { } type)
    {
        parts.Add($"type: \"{type}\"");
    }

    if (column.MaxLength is { } maxLength)
    {
        parts.Add($"maxLength: {maxLength}");
    }

    parts.Add($"nullable: {(column.IsNullable ? "true" : "false")}");
    if (column.DefaultValue is { } defaultValue)
    {
        parts.Add($"defaultValue: {Literal(defaultValue)}");
    }

    if (column.DefaultValueSql is { } defaultSql)
    {
        parts.Add($"defaultValueSql: {Literal(defaultSql)}");
    }

    return string.Join(", ", parts);
}

static string Columns(string[] columns) =>
    columns.Length == 1 ? $"x => x.{columns[0]}" : $"x => new {{ {string.Join(", ", columns.Select(c => "x." + c))} }}";

static string TypeName(Type type)
{
    type = Nullable.GetUnderlyingType(type) ?? type;
    return type switch
    {
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(short) => "short",
        _ when type == typeof(byte) => "byte",
        _ when type == typeof(string) => "string",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(double) => "double",
        _ when type == typeof(float) => "float",
        _ when type == typeof(decimal) => "decimal",
        _ when type == typeof(byte[]) => "byte[]",
        _ => type.FullName!,
    };
}

static string DefaultFor(Type type) => TypeName(type) switch
{
    "string" => "\"\"",
    "bool" => "false",
    "int" or "long" or "short" or "byte" or "double" or "float" or "decimal" => "0",
    var other => $"default({other})",
};

static string Literal(object? value) => value switch
{
    null => "null",
    string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
    bool b => b ? "true" : "false",
    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
    _ => value.ToString()!,
};

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CampaignHub.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("CampaignHub.sln not found above " + AppContext.BaseDirectory);
}
