namespace Recaps.Bot;

/// <summary>How the bot's app registration signs in (config <c>MicrosoftAppType</c>, as the Bot Framework SDK names it).</summary>
public enum BotAppType
{
    /// <summary>Legacy: tokens from the botframework.com tenant. New Azure Bot resources cannot be created so since 2025-07-31.</summary>
    MultiTenant,

    /// <summary>An app registration in the bot's own tenant, with a client secret or certificate.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity (its client id is the app id).</summary>
    UserAssignedMSI,
}
