namespace Recaps.Bot;

/// <summary>
/// The bot's identity, from the app settings the Bot Framework SDK also reads. With no <see cref="AppId"/> the bot
/// runs in local development mode: it accepts unauthenticated activities and sends replies without a token, and
/// only to loopback service URLs (the local chat page). Any app id turns full authentication on.
/// </summary>
public sealed record BotSettings
{
    public const string AppTypeSetting = "MicrosoftAppType";
    public const string AppIdSetting = "MicrosoftAppId";
    public const string AppPasswordSetting = "MicrosoftAppPassword";
    public const string AppTenantIdSetting = "MicrosoftAppTenantId";

    /// <summary>Local development: no identity, anonymous activities accepted.</summary>
    public static BotSettings Development { get; } = new();

    public BotAppType AppType { get; init; } = BotAppType.SingleTenant;

    public string? AppId { get; init; }

    /// <summary>The client secret of a SingleTenant or MultiTenant app; not used by a managed identity.</summary>
    public string? AppPassword { get; init; }

    /// <summary>The bot's own tenant: where SingleTenant and UserAssignedMSI tokens come from.</summary>
    public string? TenantId { get; init; }

    /// <summary>Whether this is local development mode (no app id).</summary>
    public bool IsDevelopment => string.IsNullOrWhiteSpace(AppId);

    /// <summary>
    /// The settings named as the SDK names them. Throws <see cref="FormatException"/>, naming the setting, for an
    /// unknown app type or a SingleTenant/UserAssignedMSI bot without a tenant.
    /// </summary>
    public static BotSettings FromSettings(Func<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var appId = Value(settings(AppIdSetting));
        if (appId is null)
        {
            return Development;
        }
        var typeText = Value(settings(AppTypeSetting));
        var type = BotAppType.SingleTenant;
        if (typeText is not null && !Enum.TryParse(typeText, ignoreCase: true, out type))
        {
            throw new FormatException($"{AppTypeSetting}: '{typeText}' is not MultiTenant, SingleTenant or UserAssignedMSI.");
        }
        var tenant = Value(settings(AppTenantIdSetting));
        if (type != BotAppType.MultiTenant && tenant is null)
        {
            throw new FormatException($"{AppTenantIdSetting}: a {type} bot needs its tenant id.");
        }
        var password = Value(settings(AppPasswordSetting));
        if (type != BotAppType.UserAssignedMSI && password is null)
        {
            throw new FormatException($"{AppPasswordSetting}: a {type} bot needs its client secret.");
        }
        return new BotSettings { AppType = type, AppId = appId, AppPassword = password, TenantId = tenant };
    }

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // The secret never reaches a log line through ToString.
    public override string ToString() => IsDevelopment ? "local development (no app id)" : $"{AppType} {AppId} (tenant {TenantId ?? "botframework.com"})";
}
