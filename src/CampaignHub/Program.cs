using CampaignHub.Data;
using CampaignHub.Infrastructure;

System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");

var builder = WebApplication.CreateBuilder(args);
builder.AddCampaignHub();

var app = builder.Build();
await app.InitialiseDatabaseAsync();
app.UseCampaignHub();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
