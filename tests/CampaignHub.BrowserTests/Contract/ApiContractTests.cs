using System.Text.Json;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CampaignHub.BrowserTests.Contract;

/// <summary>The published API contract, checked by the tools an integrator would use, against the live app.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiContractTests(BrowserFixture browser)
{
    [Fact]
    public async Task OpenApi_document_passes_the_Redocly_validator_with_no_problems()
    {
        var office = await browser.SignInAsync("office");
        var document = await office.Context.APIRequest.GetAsync("openapi/v1.json");
        Assert.Equal(200, document.Status);
        var file = Path.Combine(Path.GetTempPath(), $"campaignhub-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(file, await document.BodyAsync());

        var (exitCode, output) = await ExternalClients.RunToEndAsync(
            ExternalClients.StartRedocly("lint", file, "--config", Path.Combine(ExternalClients.Folder, "redocly.yaml"), "--format", "summary"),
            TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, output);
        Assert.Contains("Your API description is valid", output);
        Assert.DoesNotMatch(@"You have \d+ warning", output); // Node's own deprecation notice is not a finding
        await office.Context.CloseAsync();
    }

    [Fact]
    public async Task OpenApi_document_needs_a_staff_sign_in()
    {
        var anonymous = await browser.NewContextAsync();
        var response = await anonymous.APIRequest.GetAsync("openapi/v1.json", new() { MaxRedirects = 0 });
        Assert.NotEqual(200, response.Status);
        await anonymous.CloseAsync();
    }

    [Fact]
    public async Task Api_page_lists_every_operation_of_the_document()
    {
        var office = await browser.SignInAsync("office");
        using var document = JsonDocument.Parse(await (await office.Context.APIRequest.GetAsync("openapi/v1.json")).TextAsync());
        var summaries = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Select(operation => operation.Value.GetProperty("summary").GetString()!)
            .ToList();
        Assert.NotEmpty(summaries);

        await office.GotoAsync("api-docs");
        await office.GetByText(summaries[0]).First.WaitForAsync(new() { Timeout = 30000 });
        var text = await office.Locator("body").InnerTextAsync();
        var missing = summaries.Where(summary => !text.Contains(summary, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "not on the API page: " + string.Join("; ", missing));
        await office.Context.CloseAsync();
    }

    [Fact]
    public async Task JS_SignalR_client_receives_a_change_named_Milestone_after_an_edit()
    {
        var office = await browser.SignInAsync("office");
        var cookies = await office.Context.CookiesAsync();
        var cookieHeader = string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}"));
        using var client = ExternalClients.StartNode("signalr-change.mjs", browser.Server.BaseUrl.ToString(), "Milestone", cookieHeader);

        var ready = await client.StandardOutput.ReadLineAsync();
        Assert.Equal("ready", ready);
        var unitId = await UnitWithOpenThirdMilestoneAsync(office.Context);
        var edit = await office.Context.APIRequest.PostAsync($"api/milestones/3/units/{unitId}/met", new() { DataObject = new { metOn = "2014-04-10", note = "接口约定测试" } });
        Assert.True(edit.Ok, await edit.TextAsync());

        var (exitCode, output) = await ExternalClients.RunToEndAsync(client, TimeSpan.FromSeconds(30));
        Assert.True(exitCode == 0, output);
        using var change = JsonDocument.Parse(output.Trim());
        Assert.Equal("Milestone", change.RootElement.GetProperty("kind").GetString());
        Assert.Equal(unitId, change.RootElement.GetProperty("unitId").GetInt32());
        Assert.Equal(3, change.RootElement.GetProperty("entityId").GetInt32());
        await office.Context.CloseAsync();
    }

    [Fact]
    public async Task JS_SignalR_client_without_a_sign_in_is_refused()
    {
        using var client = ExternalClients.StartNode("signalr-change.mjs", browser.Server.BaseUrl.ToString(), "Milestone");
        var (exitCode, output) = await ExternalClients.RunToEndAsync(client, TimeSpan.FromSeconds(30));
        Assert.True(exitCode == 3, output);
        Assert.Contains("401", output);
    }

    private static async Task<int> UnitWithOpenThirdMilestoneAsync(IBrowserContext office)
    {
        using var overview = JsonDocument.Parse(await (await office.APIRequest.GetAsync("api/campaigns/1/overview")).TextAsync());
        return overview.RootElement.GetProperty("units").EnumerateArray()
            .Where(u => u.GetProperty("cells")[2].GetProperty("metOn").ValueKind == JsonValueKind.Null)
            .Select(u => u.GetProperty("unitId").GetInt32())
            .Last();
    }
}
