using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace CampaignHub.Infrastructure;

/// <summary>
/// What a failed request answers. An API caller always gets a ProblemDetails in Chinese — an unhandled error
/// a plain 500 with no exception text or stack trace, a bad request its status with a Chinese title. Outside
/// Development, a browser gets the Chinese error page (/Error) for an unhandled error and for an error status
/// without a body (404 on an unknown address, 400 on a malformed form post, …). Both are written in place, not by
/// re-running the pipeline, so an error page can never fail the same way as the request it reports.
/// </summary>
public static class ErrorResponses
{
    public static IServiceCollection AddChineseProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (problem.Title is null || problem.Title.All(char.IsAscii))
            {
                problem.Title = TitleFor(status);
            }

            if (problem.Detail is not null && problem.Detail.All(char.IsAscii))
            {
                problem.Detail = null; // framework text in English, possibly naming internals
            }

            problem.Detail ??= DetailFor(status);
            problem.Extensions.Remove("exception");
            problem.Extensions.Remove("errors");
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });

    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        var development = app.Environment.IsDevelopment();
        if (!development)
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
                ExceptionHandler = context => WriteAsync(context, context.Response.StatusCode),
            });
        }

        app.UseStatusCodePages(new StatusCodePagesOptions
        {
            HandleAsync = status => IsApi(status.HttpContext) || (!development && IsBrowserPage(status.HttpContext))
                ? WriteAsync(status.HttpContext, status.HttpContext.Response.StatusCode)
                : Task.CompletedTask,
        });
        return app;
    }

    /// <summary>The error answer: a ProblemDetails for the API, the Chinese error page for everyone else.</summary>
    private static async Task WriteAsync(HttpContext context, int status)
    {
        if (IsApi(context))
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = status } });
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var title = TitleFor(status);
        var detail = System.Net.WebUtility.HtmlEncode(DetailFor(status));
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>出错了 - 群众路线活动管理平台</title>" +
            "<link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body><main class=\"ch-account\">" +
            $"<h1 class=\"ch-account-heading\">出错了</h1><p>{title}（{status}）：{detail}</p><p><a href=\"/\">返回工作台</a></p></main></body></html>",
            context.RequestAborted);
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static bool IsBrowserPage(HttpContext context) =>
        !IsApi(context)
        && !context.Request.Path.StartsWithSegments("/_blazor")
        && !context.Request.Path.StartsWithSegments("/hubs")
        && context.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public static string TitleFor(int status) => status switch
    {
        400 => "请求无效",
        401 => "请先登录",
        403 => "无权操作",
        404 => "未找到",
        405 => "不支持该请求方式",
        409 => "数据冲突",
        413 => "提交内容过大",
        415 => "不支持的内容格式",
        429 => "请求过于频繁",
        >= 500 => "服务器内部错误",
        _ => "请求失败",
    };

    private static string DetailFor(int status) => status switch
    {
        400 => "请求的格式或内容不正确，请检查后重试",
        401 => "登录已失效，请重新登录",
        403 => "您没有执行此操作的权限",
        404 => "请求的内容不存在",
        405 => "该地址不支持此请求方式",
        413 => RequestBodyLimits.TooLargeMessage,
        415 => "请以 JSON 格式提交",
        429 => "操作过于频繁，请稍后再试",
        >= 500 => "处理请求时发生错误，请稍后再试或联系管理员",
        _ => "请求未能完成",
    };
}
