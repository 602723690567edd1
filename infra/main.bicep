// Market Recaps on Azure: storage, identity, monitoring, the Flex Consumption function app (custom handler), the
// Azure Bot and, in a second step, the Event Grid subscription that feeds IngestRecap. Resource-group scope.
//
//   az deployment group create -g RG -f infra/main.bicep -p namePrefix=recaps                     (step 1)
//   dotnet publish functions -c Release -r linux-x64 -o publish/ && zip && config-zip             (code)
//   az deployment group create -g RG -f infra/main.bicep -p namePrefix=recaps deployEventGrid=true (step 2)
//
// infra/README.md explains each step. Local modules only (no registry modules: nothing to restore).

@description('Short prefix of every resource name: 2-11 lowercase letters and digits (the storage account name is the prefix plus a 13-character hash of the resource group).')
@minLength(2)
@maxLength(11)
param namePrefix string

@description('Azure region of every regional resource; it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Entra tenant of the bot identity (MicrosoftAppTenantId). Default: the tenant of the deployment.')
param tenantId string = tenant().tenantId

@description('Bot identity: UserAssignedMSI (default: the function app\'s managed identity is the bot, its client id is the MicrosoftAppId, no secret) or SingleTenant (an Entra app registration: botAppId and botAppPassword).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: client id of the bot\'s app registration. Ignored for UserAssignedMSI.')
param botAppId string = ''

@description('SingleTenant only: client secret of the bot\'s app registration (becomes the MicrosoftAppPassword app setting). Ignored for UserAssignedMSI.')
@secure()
param botAppPassword string = ''

@description('Extra hosts the bot may send its token to for proactive messages (the digest), comma-separated, e.g. \'*.example.net\' (the BotServiceUrlHosts setting). Empty: the built-in list (*.botframework.com and the public and GCC Teams connectors) is enough for Azure Bot Service in the public cloud.')
param botServiceUrlHosts string = ''

@description('Azure Bot pricing tier: F0 (free; Teams and Web Chat are standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('NCRONTAB schedule with seconds, in UTC, of SweepRecaps (the SweepSchedule setting). Default as in local.settings.json: every 15 minutes.')
param sweepSchedule string = '0 */15 * * * *'

@description('NCRONTAB schedule with seconds, in UTC, of DailyDigest (the DigestSchedule setting). Default as in local.settings.json: every 5 minutes (each subscription is delivered at its own time; the digest is composed once per session).')
param digestSchedule string = '0 */5 * * * *'

@description('Step 2: create the Event Grid subscription that delivers new recaps to IngestRecap. Needs the code deployed and the app started once (the blobs_extension key exists only then); false on the first deployment.')
param deployEventGrid bool = false

@description('Memory of each function app instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the function app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Always-ready instances for the http group (the bot endpoint: no cold start for a chat message). 0 scales to zero; each one is billed while idle.')
@minValue(0)
@maxValue(20)
param alwaysReadyHttpInstances int = 1

@description('Optional: object id of the person (or group) who uploads recaps and runs the recaps command line against the account (az ad signed-in-user show --query id -o tsv). Gets blob and table data roles. Empty: none.')
param deployerPrincipalId string = ''

@description('Kind of principal deployerPrincipalId is.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param deployerPrincipalType string = 'User'

@description('Tags applied to every resource.')
param tags object = {
  app: 'market-recaps'
}

var token = uniqueString(resourceGroup().id)
var storageAccountName = take(toLower(replace('${namePrefix}${token}', '-', '')), 24)
var functionAppName = '${namePrefix}-func-${token}'

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: '${namePrefix}-log-${token}'
    appInsightsName: '${namePrefix}-appi-${token}'
    location: location
    tags: tags
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${namePrefix}-id-${token}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    deployerPrincipalId: deployerPrincipalId
    deployerPrincipalType: deployerPrincipalType
  }
}

// A UserAssignedMSI bot IS the function app's identity.
var effectiveBotAppId = botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId

// Uses the identity module's outputs, so it starts after the role assignments exist (the app reads its deployment
// package and host storage with them from its first start).
module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: functionAppName
    planName: '${namePrefix}-plan-${token}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    appInsightsName: monitoring.outputs.appInsightsName
    sweepSchedule: sweepSchedule
    digestSchedule: digestSchedule
    botAppType: botAppType
    botAppId: effectiveBotAppId
    botTenantId: tenantId
    botAppPassword: botAppPassword
    botServiceUrlHosts: botServiceUrlHosts
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyHttpInstances: alwaysReadyHttpInstances
  }
}

// host.json routePrefix "api" + functions/Messages route "messages".
var botMessagingEndpoint = 'https://${functionApp.outputs.defaultHostName}/api/messages'

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot-${token}'
    displayName: 'Market Recaps'
    tags: tags
    endpoint: botMessagingEndpoint
    appType: botAppType
    appId: effectiveBotAppId
    tenantId: tenantId
    msiResourceId: identity.outputs.id
    sku: botSku
  }
}

// Step 2 (deployEventGrid=true), after the code is deployed: see modules/eventgrid.bicep.
module eventGrid 'modules/eventgrid.bicep' = if (deployEventGrid) {
  name: 'eventgrid'
  params: {
    name: '${namePrefix}-evgt-${token}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    functionAppName: functionApp.outputs.name
    functionName: 'IngestRecap'
    containerName: storage.outputs.recapsContainerName
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppHostName string = functionApp.outputs.defaultHostName
output storageAccountName string = storage.outputs.name
output recapsContainerName string = storage.outputs.recapsContainerName
output identityClientId string = identity.outputs.clientId
output botName string = bot.outputs.name
output botAppId string = effectiveBotAppId
output botMessagingEndpoint string = botMessagingEndpoint
