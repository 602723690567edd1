// The storage account of the whole system: the Functions host's own storage (keys, timers, blob receipts, the
// poison queue), the deployment package, the `recaps` container the pipeline watches and every table the session
// store and the bot use. Identity-only: shared keys are disabled, so nothing anywhere can hold an account key.

@description('Name of the storage account: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the storage account.')
param location string

@description('Tags applied to every resource.')
param tags object

// The container the pipeline watches (functions/IngestRecap/function.json: "path": "recaps/{name}";
// StoreOptions.RecapsContainer). Uploads go here.
var recapsContainerName = 'recaps'

// The Flex Consumption deployment source: `az functionapp deployment source config-zip` puts the package here and
// the app runs from it (functionAppConfig.deployment.storage).
var deploymentContainerName = 'app-package'

// Every table the app uses: StoreTables.All (core/Storage/Sessions/StoreTables.cs) and BotTables.All
// (bot/BotTables.cs). The app also creates them itself on first use; creating them here means the identity never
// needs more than data-plane rights, and a test (BicepConsistencyTests) keeps this list equal to the code's.
var tableNames = [
  'MovesByInstrument'
  'MovesBySession'
  'Sessions'
  'Articles'
  'ArticleRows'
  'Instruments'
  'Digests'
  'BotConversations'
  'BotSubscriptions'
  'BotDeliveries'
  'BotActivities'
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    accessTier: 'Hot'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource recapsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: recapsContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for tableName in tableNames: {
  parent: tableService
  name: tableName
}]

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output recapsContainerName string = recapsContainer.name
output deploymentContainerName string = deploymentContainer.name
output tableNames array = tableNames
