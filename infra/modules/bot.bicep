// The Azure Bot: its identity (SingleTenant app registration, or the function app's user-assigned identity), the
// messaging endpoint on the function app (functions/Messages: POST /api/messages) and the Teams and Web Chat
// channels. Multi-tenant bots can no longer be created (since 2025-07-31), so only the two kinds are offered.

@description('Name of the bot resource (globally unique, 2-64 letters, digits, - _ .).')
param name string

@description('Name users see in Teams and Web Chat.')
param displayName string

@description('Tags applied to every resource.')
param tags object

@description('Messaging endpoint: https://<function app host>/api/messages.')
param endpoint string

@description('UserAssignedMSI (the function app\'s identity) or SingleTenant (an app registration).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('The bot\'s Microsoft App Id: the identity\'s client id, or the app registration\'s client id.')
param appId string

@description('Entra tenant of the bot identity.')
param tenantId string

@description('Resource id of the user-assigned identity; used only when appType is UserAssignedMSI.')
param msiResourceId string

@description('Pricing tier: F0 (free: standard channels such as Teams and Web Chat are unlimited) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? msiResourceId : null
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// "Test in Web Chat" in the portal uses this channel's default site.
resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
