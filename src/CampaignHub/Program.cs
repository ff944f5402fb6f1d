using CampaignHub.Data;
using CampaignHub.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCampaignHub();

var app = builder.Build();
await app.InitialiseDatabaseAsync();
app.UseCampaignHub();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
