using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CampaignHub.Infrastructure.Api;

/// <summary>Names the document and says, in Chinese, how callers sign in and what errors look like.</summary>
internal sealed class ContractDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "CampaignHub 接口",
            Version = "v1",
            Description = """
                CampaignHub 的 JSON 接口，与页面使用同一套服务和业务规则。

                - 身份：先在 `/Account/Login` 登录，之后的请求携带 `CampaignHub.Auth` Cookie；每个接口的“需要角色”写在说明里（扩展字段 `x-roles`）。
                - 错误：400（输入有误）、401（未登录）、403（无权操作）、404（未找到）、413（内容过大）都以 ProblemDetails（`application/problem+json`）返回，`detail` 为中文原因。带版本号的修改遇到他人先改时返回 409，并附上最新数据。
                - 枚举一律以名称（字符串）传递。
                - 实时变更：SignalR 集线器 `/hubs/campaign` 推送 `changes` 消息，字段与顺序见 README“变更事件约定”。
                """,
        };

        // Signed-in callers carry the Identity cookie; the operation transformer marks the anonymous operations.
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "CampaignHub.Auth",
            Description = "登录 `/Account/Login` 后由服务器发放的身份 Cookie",
        };

        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        var used = document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .ToHashSet(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(
            TagDescriptions.Where(tag => used.Contains(tag.Key)).Select(tag => new OpenApiTag { Name = tag.Key, Description = tag.Value }));
        return Task.CompletedTask;
    }

    public const string CookieScheme = "cookie";

    /// <summary>The feature groups of the API, as the pages name them.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["活动与时间节点"] = "活动、环节与时间节点的完成情况",
        ["实施方案与工作事项"] = "各单位的实施方案（逐级审核）与工作事项台账",
        ["整改落实"] = "整改事项的“四有”、进度与佐证",
        ["群众意见"] = "群众意见建议的认领、办理与导出",
        ["公开承诺"] = "公开承诺、办实事台账与“三查三看”",
        ["满意度测评"] = "满意度测评的结果、纸质问卷与公众答卷",
        ["督导与整改通知"] = "督导标记、整改通知与整改反馈的佐证材料",
        ["联系服务群众"] = "领导干部联系服务群众的履职记录与统计",
        ["进度大屏"] = "领导进度大屏的数据快照",
        ["统计报表"] = "活动统计报表",
        ["组织机构"] = "单位树、人员与账号的导出和导入模板",
        ["活动设置"] = "新建、按模板新建、修改、归档与复制活动",
        ["系统管理"] = "审计日志等管理功能",
        ["运维诊断"] = "运行状态诊断（仅管理员）",
    };
}
