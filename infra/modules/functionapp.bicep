// The Flex Consumption plan and the function app: the `recaps` custom handler (host.json starts `recaps handler`),
// run from the package in the deployment container, signed in to storage and Application Insights with the
// user-assigned identity.
//
// Flex Consumption notes (https://learn.microsoft.com/azure/azure-functions/functions-app-settings#flex-consumption-plan-deprecations):
// - FUNCTIONS_WORKER_RUNTIME is NOT an app setting here: Flex rejects it ("The following app setting
//   (Site.SiteConfig.AppSettings.FUNCTIONS_WORKER_RUNTIME) for Flex Consumption sites is invalid") and takes the
//   stack from functionAppConfig.runtime instead. local.settings.json's FUNCTIONS_WORKER_RUNTIME=custom becomes
//   runtime.name 'custom' (version '1.0', the only version of the Flex "Custom Handler" stack). The same goes for
//   FUNCTIONS_EXTENSION_VERSION (set by the platform) and WEBSITE_RUN_FROM_PACKAGE (Flex always runs from the package).
// - Timers run in UTC: Flex has no WEBSITE_TIME_ZONE.
// - Blob triggers must use the Event Grid source (functions/IngestRecap/function.json does; eventgrid.bicep
//   subscribes it).

@description('Name of the function app; its host name is <name>.azurewebsites.net.')
param name string

@description('Name of the Flex Consumption plan (one app per plan).')
param planName string

@description('Azure region of the plan and the app (a region that offers Flex Consumption).')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the storage account (storage.bicep): the host storage and the deployment package.')
param storageAccountName string

@description('Blob container of the storage account that holds the deployment package.')
param deploymentContainerName string

@description('Resource id of the user-assigned identity (identity.bicep) the app runs as.')
param identityId string

@description('Client id of that identity: AzureWebJobsStorage__clientId, the App Insights authentication string and, for a UserAssignedMSI bot, MicrosoftAppId.')
param identityClientId string

@description('Name of the Application Insights component (monitoring.bicep).')
param appInsightsName string

@description('NCRONTAB schedule (with seconds, UTC) of SweepRecaps: the SweepSchedule app setting.')
param sweepSchedule string

@description('NCRONTAB schedule (with seconds, UTC) of DailyDigest: the DigestSchedule app setting.')
param digestSchedule string

@description('The bot identity kind: UserAssignedMSI (this app\'s identity, no secret) or SingleTenant (an app registration with a client secret).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string

@description('The bot\'s Microsoft App Id: the identity\'s client id for UserAssignedMSI, the app registration\'s client id for SingleTenant.')
param botAppId string

@description('The Entra tenant of the bot identity (MicrosoftAppTenantId).')
param botTenantId string

@description('Client secret of the SingleTenant app registration (MicrosoftAppPassword). Not used, and not set, for UserAssignedMSI.')
@secure()
param botAppPassword string = ''

@description('Extra trusted serviceUrl hosts for proactive messages, comma-separated (BotServiceUrlHosts); empty keeps the built-in Azure Bot Service list.')
param botServiceUrlHosts string = ''

@description('Memory of each instance in MB (Flex Consumption sizes).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Always-ready instances for the http group (the bot endpoint, so a chat message never waits for a cold start). 0 scales to zero; each instance is billed while idle.')
@minValue(0)
@maxValue(20)
param alwaysReadyHttpInstances int = 1

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// Every setting the code reads (BicepConsistencyTests checks this list against the code and the function.json
// files). Storage is identity-based, read as the host reads it (StorageAccount.FromSettings): no connection string.
var baseSettings = [
  {
    name: 'AzureWebJobsStorage__accountName'
    value: storage.name
  }
  {
    name: 'AzureWebJobsStorage__credential'
    value: 'managedidentity'
  }
  {
    name: 'AzureWebJobsStorage__clientId'
    value: identityClientId
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsights.properties.ConnectionString
  }
  {
    name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
    value: 'ClientId=${identityClientId};Authorization=AAD'
  }
  {
    name: 'SweepSchedule'
    value: sweepSchedule
  }
  {
    name: 'DigestSchedule'
    value: digestSchedule
  }
  {
    name: 'MicrosoftAppType'
    value: botAppType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: botTenantId
  }
  {
    name: 'BotServiceUrlHosts'
    value: botServiceUrlHosts
  }
]

// Only a SingleTenant bot has a secret; a UserAssignedMSI bot gets its tokens from the identity.
var secretSettings = botAppType == 'SingleTenant' ? [
  {
    name: 'MicrosoftAppPassword'
    value: botAppPassword
  }
] : []

var alwaysReady = alwaysReadyHttpInstances > 0 ? [
  {
    name: 'http'
    instanceCount: alwaysReadyHttpInstances
  }
] : []

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: concat(baseSettings, secretSettings)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        alwaysReady: alwaysReady
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
  }
}

output name string = functionApp.name
output id string = functionApp.id
output defaultHostName string = functionApp.properties.defaultHostName
