using CampaignHub.Data;
using CampaignHub.Data.Interceptors;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Accounts;
using CampaignHub.Features.Admin;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Commitments;
using CampaignHub.Features.Plans;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Features.Rectification;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Features.Evaluation;
using CampaignHub.Features.StageTwo;
using CampaignHub.Features.Units;
using CampaignHub.Features.Wall;
using CampaignHub.Identity;
using CampaignHub.Infrastructure.Api;
using CampaignHub.Infrastructure.Telemetry;
using CampaignHub.Live;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using CampaignHub.Infrastructure.UserInterface;
using MudBlazor;
using MudBlazor.Services;

namespace CampaignHub.Infrastructure;

public static class ServiceCollectionExtensions
{
    public static WebApplicationBuilder AddCampaignHub(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CampaignHubOptions.Section).Get<CampaignHubOptions>() ?? new CampaignHubOptions();
        builder.Services.Configure<CampaignHubOptions>(builder.Configuration.GetSection(CampaignHubOptions.Section));
        Directory.CreateDirectory(options.ResolveDataFolder());

        // Serve packaged assets (blazor.web.js, MudBlazor's CSS/JS) from the build output in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddChineseProblemDetails();
        builder.Services.AddForwardedHeadersFromKnownProxies(options);
        builder.Services.AddClock(options);
        builder.Services.AddData(options);
        builder.Services.AddCampaignHubIdentity(options);
        builder.Services.AddLiveUpdates(options);
        builder.Services.AddCampaignHubOpenApi();
        builder.AddCampaignHubTelemetry();
        builder.Services.AddUserInterface(options);
        builder.Services.AddFeatures();
        builder.Services.AddHealthChecks().AddDbContextCheck<CampaignHubDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>X-Forwarded-For / -Proto are believed only from <see cref="CampaignHubOptions.KnownProxies"/>; none by default.</summary>
    private static void AddForwardedHeadersFromKnownProxies(this IServiceCollection services, CampaignHubOptions options)
    {
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear(); // not even loopback unless configured
            forwarded.ForwardLimit = 1;
            foreach (var entry in options.KnownProxies.SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (entry.Contains('/', StringComparison.Ordinal))
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
                else
                {
                    forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(entry));
                }
            }
        });
    }

    private static void AddClock(this IServiceCollection services, CampaignHubOptions options)
    {
        if (options.DemoMode && options.DemoToday is { } demoToday)
        {
            services.AddSingleton<IClock>(new ShiftedClock(demoToday, options.DemoClockOrigin ?? DateTimeOffset.UtcNow));
        }
        else
        {
            services.AddSingleton<IClock, SystemClock>();
        }
    }

    private static void AddData(this IServiceCollection services, CampaignHubOptions options)
    {
        services.AddSingleton<SurveyAnswerMetricsInterceptor>();
        services.AddSingleton<VersionAndAuditInterceptor>();
        services.AddSingleton<DomainEventPublisher>();
        services.AddSingleton<PostgresTextInterceptor>();
        services.AddSingleton<Data.Cluster.IClusterLock, Data.Cluster.ClusterLock>();
        services.AddDbContextFactory<CampaignHubDbContext>((provider, db) =>
        {
            db.UseConfiguredProvider(options)
                .AddInterceptors(
                    provider.GetRequiredService<VersionAndAuditInterceptor>(),
                    provider.GetRequiredService<DomainEventPublisher>(),
                    provider.GetRequiredService<SurveyAnswerMetricsInterceptor>());
            if (options.Database.Provider == DatabaseProvider.Postgres)
            {
                db.AddInterceptors(provider.GetRequiredService<PostgresTextInterceptor>());
            }
        });
        services.AddTransient<DemoSeeder>();
    }

    private static void AddCampaignHubIdentity(this IServiceCollection services, CampaignHubOptions options)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("CampaignHub");
        if (options.Database.Provider == DatabaseProvider.Postgres)
        {
            // Several nodes share one database: a cookie signed on one node must open on every other.
            dataProtection.PersistKeysToDbContext<CampaignHubDbContext>();
        }
        else
        {
            // One node, one data folder: the keys stay beside the SQLite file, as they always have.
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.ResolveDataFolder(), "keys")));
        }

        if (!string.IsNullOrWhiteSpace(options.DataProtection.CertificatePath))
        {
            // No DPAPI on Linux: the key files are encrypted to this certificate, which also decrypts them.
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.DataProtection.CertificatePath, options.DataProtection.CertificatePassword);
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        // Cookies are Secure whenever the request came over https (directly or from a known proxy).
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // Identity's stores want a scoped context; it is created from the factory, never held by a circuit.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CampaignHubDbContext>>().CreateDbContext());
        services.AddIdentity<AppUser, IdentityRole>(identity =>
            {
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireDigit = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<CampaignHubDbContext>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddSignInManager<AppSignInManager>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>();

        // Every cookie is checked against the account this often: a logout (which changes the security
        // stamp), a password change or a lockout ends every session of the account, not only this browser's.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = options.SessionValidationInterval);
        // Live circuits outlast their cookie check, so they are re-checked on the same interval.
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityAuthenticationStateProvider>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            cookie.Cookie.Name = "CampaignHub.Auth";
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Events = new CookieAuthenticationEvents
            {
                // Identity's own events are replaced here, so its security-stamp check is put back explicitly.
                OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
                // API and hub callers get status codes, not redirects to the login page.
                OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden),
            };
        });
        services.AddAuthorization(Policies.Configure);
        services.AddCascadingAuthenticationState();
        services.AddScoped<CurrentActor>();
        services.AddScoped<LoginService>();
        services.AddLoginThrottle();
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddLiveUpdates(this IServiceCollection services, CampaignHubOptions options)
    {
        services.AddSingleton<IChangeFeed>(sp => new ChangeFeed(sp.GetRequiredService<ILogger<ChangeFeed>>(), metrics: sp.GetRequiredService<Telemetry.CampaignHubMetrics>()));
        // The hub speaks the same enum names as the JSON API ("kind": "Milestone", not 2).
        var signalR = services.AddSignalR().AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddHostedService<HubBroadcaster>();
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            // Several nodes: their feeds are joined through Redis, and so are their hub clients (the backplane).
            services.AddSingleton<Live.Redis.RedisChangeRelay>();
            services.AddHostedService(sp => sp.GetRequiredService<Live.Redis.RedisChangeRelay>());
            signalR.AddStackExchangeRedis(options.Redis, redis =>
            {
                redis.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal(options.RedisChannelPrefix + ":signalr");
                redis.Configuration.AbortOnConnectFail = false;
            });
        }
    }

    private static void AddUserInterface(this IServiceCollection services, CampaignHubOptions options)
    {
        services.AddRazorComponents()
            .AddInteractiveServerComponents(circuit => circuit.DisconnectedCircuitRetentionPeriod = options.DisconnectedCircuitRetention);
        services.AddMudServices(mud =>
        {
            mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            mud.SnackbarConfiguration.PreventDuplicates = false;
            mud.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        services.AddTransient<MudLocalizer, ChineseMudLocalizer>();

        // Render Chinese as characters, not numeric entities (smaller pages, readable source).
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
    }

    private static void AddFeatures(this IServiceCollection services)
    {
        services.AddSingleton<Files.EvidenceStore>();
        services.AddSingleton<Lookups.UnitDirectory>();
        services.AddSingleton<Caching.SharedQueryCache>();
        services.AddCampaignsFeature();
        services.AddScoped<MilestoneService>();
        services.AddScoped<UnitService>();
        services.AddScoped<AuditService>();
        services.AddPlansFeature();
        services.AddSetUpFeature();
        services.AddContactDutiesFeature();
        services.AddRectificationFeature();
        services.AddCommitmentFeature();
        services.AddSatisfactionFeature();
        Features.Supervision.SupervisionFeature.AddSupervisionActionsFeature(services);
        services.AddWallFeature();
        services.AddStageTwoFeature();
        services.AddEvaluationFeature();
        Features.RectificationPlans.RectificationPlansFeature.AddRectificationPlansFeature(services);
        Features.RuleRegister.RuleRegisterFeature.AddRuleRegisterFeature(services);
        Features.EducationPeriods.EducationPeriodsFeature.AddEducationPeriodsFeature(services);
        Features.Linkage.LinkageFeature.AddLinkageFeature(services);
        Features.EvidenceArchive.EvidenceArchiveFeature.AddEvidenceArchiveFeature(services);
        Features.PublicOversight.OversightFeature.AddOversightFeature(services);
        Features.Briefings.BriefingsFeature.AddBriefingsFeature(services);
        Features.Dashboard.DashboardFeature.AddDashboardFeature(services);
        Features.Reports.ReportsFeature.AddReportsFeature(services);
    }
}
