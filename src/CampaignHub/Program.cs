using CampaignHub.Data;
using CampaignHub.Infrastructure;

System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = RunEnvironment.Choose() });
builder.AddCampaignHub();

var app = builder.Build();
try
{
    await app.InitialiseDatabaseAsync();
}
catch (StartupConfigurationException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}

app.UseCampaignHub();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
