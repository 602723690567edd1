// Blob events for IngestRecap: a system topic on the storage account and a BlobCreated subscription for recaps/
// delivered to the Functions blob extension's webhook, the only way a blob trigger runs on Flex Consumption
// ("source": "EventGrid" in functions/IngestRecap/function.json).
//
// The chicken and the egg: the webhook needs the `blobs_extension` system key, and the host creates that key only
// once it has started with a function that has an Event Grid blob trigger, i.e. after the code is deployed. So this
// module is the SECOND deployment step (main.bicep deployEventGrid=true, after `az functionapp deployment source
// config-zip`). Run too early, listKeys has no `blobs_extension` property and the deployment fails with that
// name in the error: deploy the code, wait for the app to start, and run step 2 again. Event Grid validates the
// endpoint when the subscription is created; the blob extension answers the validation handshake itself.

@description('Name of the Event Grid system topic on the storage account (an account has at most one).')
param name string

@description('Azure region of the system topic: the storage account\'s region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the storage account whose blob events are published.')
param storageAccountName string

@description('Name of the function app that receives the events.')
param functionAppName string

@description('Name of the blob-triggered function (its folder under functions/) that the events invoke.')
param functionName string

@description('Container whose BlobCreated events are delivered (the function\'s blobTrigger path).')
param containerName string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

// The host's system key for the blobs extension (a Functions host key, not a storage key).
var blobsExtensionKey = listKeys('${functionApp.id}/host/default', '2024-04-01').systemKeys.blobs_extension

resource systemTopic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource blobCreated 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = {
  parent: systemTopic
  name: '${toLower(functionName)}-blob-created'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${containerName}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output systemTopicName string = systemTopic.name
output subscriptionName string = blobCreated.name
