using System.Text.Json;
using Recaps.Bot;
using Recaps.Core.Storage.Sessions;
using Recaps.Functions.Cli;
using Recaps.Functions.Handler;
using Recaps.Functions.Local;
using Recaps.Testing;

namespace Recaps.Functions.Tests.Infra;

/// <summary>
/// The Bicep under infra/ checked against the code: the settings it reads, the tables and containers it uses, the
/// function definitions, the bot's identity rules. This is a CONSISTENCY CHECK, NOT A BICEP COMPILER (none can be
/// installed here): a light tokenizer (<see cref="BicepTokenizer"/>) reads the templates well enough to find
/// parameters, resources, modules and app settings and to see unbalanced brackets, but resource types, property
/// names, API versions and expressions are not validated. `az bicep build infra/main.bicep` (or a what-if
/// deployment) is the real check, on a machine that has the Bicep CLI.
/// </summary>
public sealed class BicepConsistencyTests
{
    private const string WorkerRuntimeSetting = "FUNCTIONS_WORKER_RUNTIME";

    // Settings the code (or local.settings.json) reads that the deployed app must NOT get as app settings, and why.
    private static readonly Dictionary<string, string> NotAppSettings = new(StringComparer.Ordinal)
    {
        [HandlerCommand.PortSetting] = "the Functions host sets it in the environment of the handler process it starts",
        [WorkerRuntimeSetting] = "Flex Consumption rejects it as an app setting; functionAppConfig.runtime.name carries it (checked below)",
    };

    // App settings the template sets for the platform (the host, its telemetry) rather than for our code.
    private static readonly string[] PlatformSettings = ["APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING"];

    // Identity-based connection settings under a connection prefix, as the host and StorageAccount.FromSettings read them.
    private static readonly string[] IdentitySuffixes = ["accountName", "credential", "clientId", "blobServiceUri", "queueServiceUri", "tableServiceUri"];

    // Settings Flex Consumption rejects or ignores (functions-app-settings#flex-consumption-plan-deprecations).
    private static readonly string[] FlexDeprecatedSettings =
        [WorkerRuntimeSetting, "FUNCTIONS_WORKER_RUNTIME_VERSION", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_TIME_ZONE", "WEBSITE_CONTENTSHARE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING"];

    private static readonly string[] ExpectedModules = ["bot", "eventgrid", "functionapp", "identity", "monitoring", "storage"];

    public static TheoryData<string> Templates => InfraFiles.Paths();

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_Tokenizes_WithBalancedBracketsKnownStatementsAndNoTabs(string path)
    {
        // Load tokenizes (unterminated strings, unbalanced brackets and stray characters throw) and cuts statements
        // (a line that starts with anything but a Bicep keyword or a decorator throws).
        var template = BicepTemplate.Load(Path.Combine(InfraFiles.Folder, path));

        Assert.NotEmpty(template.Statements);
        Assert.DoesNotContain('\t', template.Text);
        Assert.EndsWith("\n", template.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(template.Statements, s => s.Keyword == "targetScope" && !s.Text.Contains("'resourceGroup'", StringComparison.Ordinal));
    }

    [Fact]
    public void Templates_ModuleReferences_AreLocalFilesThatExist_AndEveryModuleIsUsed()
    {
        var referenced = new List<string>();
        foreach (var (path, template) in InfraFiles.All)
        {
            foreach (var module in template.Modules)
            {
                var target = module.Target;
                Assert.False(target is null, $"{path}: module {module.Symbol} has no path");
                Assert.False(target.StartsWith("br:", StringComparison.Ordinal) || target.StartsWith("br/", StringComparison.Ordinal) || target.StartsWith("ts:", StringComparison.Ordinal),
                    $"{path}: module {module.Symbol} comes from a registry ({target}); only local modules can be deployed from here");
                var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(template.Path)!, target));
                Assert.True(File.Exists(file), $"{path}: module {module.Symbol} points at {target}, which does not exist");
                referenced.Add(Path.GetRelativePath(InfraFiles.Folder, file).Replace('\\', '/'));
            }
        }

        Assert.Equal(ExpectedModules.Select(m => $"modules/{m}.bicep"), referenced.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(InfraFiles.All.Keys.Where(k => k != "main.bicep").Order(StringComparer.Ordinal), referenced.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Templates_EveryParameter_HasADescription()
    {
        var undescribed = InfraFiles.All
            .SelectMany(f => f.Value.Parameters.Select(p => (File: f.Key, Parameter: p)))
            .Where(x => x.Parameter.Decorator("description")?.Strings is not [{ } text] || string.IsNullOrWhiteSpace(text))
            .Select(x => $"{x.File}: {x.Parameter.Symbol}")
            .ToList();

        Assert.True(undescribed.Count == 0, "parameters without @description: " + string.Join(", ", undescribed));
        Assert.NotEmpty(InfraFiles.Main.Parameters);
    }

    [Fact]
    public void Templates_ModuleCalls_PassOnlyDeclaredParameters_AndEveryRequiredOne()
    {
        var problems = new List<string>();
        foreach (var (path, template) in InfraFiles.All)
        {
            foreach (var call in template.Modules)
            {
                var module = BicepTemplate.Load(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(template.Path)!, call.Target!)));
                var passed = BicepTemplate.ObjectKeys(call.Tokens, "params");
                var declared = module.Parameters.ToDictionary(p => p.Symbol, StringComparer.Ordinal);
                problems.AddRange(passed.Where(p => !declared.ContainsKey(p)).Select(p => $"{path}: module {call.Symbol} passes {p}, which {module.FileName} does not declare"));
                problems.AddRange(passed.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => $"{path}: module {call.Symbol} passes {g.Key} twice"));
                problems.AddRange(declared.Values.Where(p => p.Value.Count == 0 && !passed.Contains(p.Symbol))
                    .Select(p => $"{path}: module {call.Symbol} does not pass {p.Symbol}, which {module.FileName} requires"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void SettingsScan_FindsEverySettingConstant_AndTheSettingsKnownToday()
    {
        var scanned = CodeSettings.All().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var compiled = CodeSettings.FromAssemblies();
        string[] known =
        [
            HandlerStore.StorageSetting, HandlerCommand.PortSetting,
            BotSettings.AppTypeSetting, BotSettings.AppIdSetting, BotSettings.AppPasswordSetting, BotSettings.AppTenantIdSetting,
            .. TimerFunction.All.Select(t => t.Setting),
            WorkerRuntimeSetting,
        ];

        // The source scan sees every compiled ...Setting constant (so its patterns are not silently blind), and
        // every setting the code is known to read today.
        Assert.NotEmpty(compiled);
        Assert.All(compiled, c => Assert.True(scanned.Contains(c.Name), $"the source scan missed {c.Name} ({c.Origin})"));
        Assert.All(known, k => Assert.True(scanned.Contains(k), $"the scan missed {k}"));
    }

    [Fact]
    public void Templates_AppSettings_CoverEverySettingTheCodeReads()
    {
        var settings = AppSettingNames();
        var connections = ConnectionPrefixes();
        var missing = new List<string>();
        foreach (var read in CodeSettings.All().GroupBy(s => s.Name, StringComparer.Ordinal))
        {
            var where = string.Join("; ", read.Select(s => s.Origin).Distinct());
            if (NotAppSettings.ContainsKey(read.Key))
            {
                continue;
            }
            if (connections.Contains(read.Key))
            {
                // Identity-based: the account and the identity, never a connection string.
                string[] required = [$"{read.Key}__accountName", $"{read.Key}__credential", $"{read.Key}__clientId"];
                missing.AddRange(required.Where(r => !settings.Contains(r)).Select(r => $"{r} (connection {read.Key}, read by {where})"));
                continue;
            }
            if (!settings.Contains(read.Key))
            {
                missing.Add($"{read.Key} (read by {where})");
            }
        }

        Assert.True(missing.Count == 0,
            "infra/modules/functionapp.bicep does not set these app settings the code reads (add them to the app settings, " +
            "or to NotAppSettings with the reason): " + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Templates_AppSettings_AreAllReadByTheCodeOrThePlatform()
    {
        var read = CodeSettings.All().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var connections = ConnectionPrefixes();
        var unread = AppSettingNames()
            .Where(s => !read.Contains(s) && !PlatformSettings.Contains(s)
                && !connections.Any(c => IdentitySuffixes.Any(suffix => s == $"{c}__{suffix}")))
            .ToList();

        Assert.True(unread.Count == 0, "app settings nothing reads: " + string.Join(", ", unread));
    }

    [Fact]
    public void Templates_FunctionApp_TakesTheWorkerRuntimeFromFunctionAppConfig_NotFromAnAppSetting()
    {
        var app = InfraFiles.Module("functionapp");
        var site = app.Resources.Single(r => r.ResourceType == "Microsoft.Web/sites");
        var runtime = BicepTemplate.ObjectBody(site.Tokens, "runtime");
        var plan = app.Resources.Single(r => r.ResourceType == "Microsoft.Web/serverfarms");
        var settings = AppSettingNames();

        // local.settings.json's FUNCTIONS_WORKER_RUNTIME (what Core Tools and the local run use) is Flex's runtime name;
        // Flex rejects FUNCTIONS_WORKER_RUNTIME (and ignores the others) as app settings.
        Assert.Equal(LocalSetting(WorkerRuntimeSetting), BicepTemplate.PropertyValues(runtime, "name").Single().Value);
        Assert.Equal("1.0", BicepTemplate.PropertyValues(runtime, "version").Single().Value);
        Assert.All(FlexDeprecatedSettings, s => Assert.DoesNotContain(s, settings));
        Assert.Equal(("FC1", "FlexConsumption"), (plan.StringProperty("name"), plan.StringProperty("tier")));
        Assert.Equal("functionapp,linux", site.StringProperty("kind"));
        Assert.Equal("UserAssignedIdentity", BicepTemplate.PropertyValues(BicepTemplate.ObjectBody(site.Tokens, "authentication"), "type").Single().Value);
    }

    [Fact]
    public void Templates_FunctionApp_KeepsTheHttpGroupAlwaysReady_WhereTheBotEndpointRuns()
    {
        var alwaysReady = InfraFiles.Module("functionapp").Variable("alwaysReady");
        var messages = Bindings("Messages");

        Assert.Equal("http", alwaysReady.StringProperty("name"));
        Assert.Contains(messages, b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.True(int.Parse(InfraFiles.Main.Parameter("alwaysReadyHttpInstances").Value.Single().Text, System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public void Templates_Schedules_DefaultToLocalSettings_AndReachTheirAppSettings()
    {
        var pairs = InfraFiles.Module("functionapp").NameValuePairs().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var call = InfraFiles.Main.Module("functionApp");
        foreach (var timer in TimerFunction.All)
        {
            var parameter = char.ToLowerInvariant(timer.Setting[0]) + timer.Setting[1..];

            Assert.Equal(LocalSetting(timer.Setting), InfraFiles.Main.Parameter(parameter).Value.Single().Value);
            Assert.Equal(parameter, call.SymbolProperty(parameter));
            Assert.Equal(parameter, Assert.Single(pairs[timer.Setting]).Text);
        }
    }

    [Fact]
    public void Templates_Storage_CreatesEveryTableTheCodeUses()
    {
        var storage = InfraFiles.Module("storage");
        var tables = storage.Resources.Single(r => r.ResourceType == "Microsoft.Storage/storageAccounts/tableServices/tables");

        // Exactly the code's tables: StoreTables.All and BotTables.All (a table the bot adds there must be added here).
        Assert.Equal(StoreTables.All.Concat(BotTables.All).Order(StringComparer.Ordinal), storage.VariableStrings("tableNames").Order(StringComparer.Ordinal));
        Assert.All(storage.VariableStrings("tableNames"), t => Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,62}$", t));
        Assert.Contains("tableNames", tables.Value.Select(t => t.Text));
        Assert.Contains("for", tables.Value.Select(t => t.Text));
    }

    [Fact]
    public void Templates_Storage_CreatesTheRecapsContainer_TheBlobTriggerWatches_AndTheDeploymentContainer()
    {
        var storage = InfraFiles.Module("storage");
        var containers = storage.Resources.Where(r => r.ResourceType == "Microsoft.Storage/storageAccounts/blobServices/containers").ToList();
        var trigger = Bindings("IngestRecap").Single(b => b.GetProperty("type").GetString() == "blobTrigger");
        var recaps = storage.VariableStrings("recapsContainerName").Single();
        var deployment = storage.VariableStrings("deploymentContainerName").Single();
        var site = InfraFiles.Module("functionapp").Resources.Single(r => r.ResourceType == "Microsoft.Web/sites");

        Assert.Equal(StoreOptions.RecapsContainer, recaps);
        Assert.Equal(recaps, trigger.GetProperty("path").GetString()!.Split('/')[0]);
        Assert.Equal(["deploymentContainerName", "recapsContainerName"], containers.Select(c => c.SymbolProperty("name")).Order(StringComparer.Ordinal));
        Assert.All(containers, c => Assert.Equal("None", c.StringProperty("publicAccess")));
        Assert.Matches("^[a-z0-9](-?[a-z0-9])+$", deployment);
        Assert.Contains("${deploymentContainerName}", BicepTemplate.PropertyValues(BicepTemplate.ObjectBody(site.Tokens, "storage"), "value").Single().Text, StringComparison.Ordinal);
        Assert.Equal("storage.outputs.deploymentContainerName", Expression(InfraFiles.Main.Module("functionApp"), "deploymentContainerName"));
    }

    [Fact]
    public void Templates_EventGrid_SubscribesEveryEventGridBlobTrigger_ByItsFunctionFolderName()
    {
        var eventGridTriggers = FunctionFolders()
            .Where(f => Bindings(f).Any(b => b.GetProperty("type").GetString() == "blobTrigger" && b.TryGetProperty("source", out var s) && s.GetString() == "EventGrid"))
            .ToList();
        var calls = InfraFiles.Main.Modules.Where(m => m.Target == "modules/eventgrid.bicep").ToList();
        var module = InfraFiles.Module("eventgrid");
        var subscription = module.Resources.Single(r => r.ResourceType == "Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var topic = module.Resources.Single(r => r.ResourceType == "Microsoft.EventGrid/systemTopics");

        Assert.Equal(["IngestRecap"], eventGridTriggers);
        Assert.Equal(eventGridTriggers, calls.Select(c => c.StringProperty("functionName")));
        Assert.All(calls, c => Assert.Equal("storage.outputs.recapsContainerName", Expression(c, "containerName")));
        Assert.All(calls, c => Assert.Contains("if (deployEventGrid)", c.Text, StringComparison.Ordinal));
        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.StringProperty("topicType"));
        Assert.Equal("'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'",
            subscription.PropertyValues("endpointUrl").Single().Text);
        Assert.Equal("'/blobServices/default/containers/${containerName}/'", subscription.PropertyValues("subjectBeginsWith").Single().Text);
        Assert.Contains("'Microsoft.Storage.BlobCreated'", subscription.Tokens.Select(t => t.Text));
        Assert.Contains("blobs_extension", module.Variable("blobsExtensionKey").Tokens.Select(t => t.Text));
    }

    [Fact]
    public void Templates_RoleAssignments_CoverBlobsTablesQueuesAndMetrics_ForTheAppIdentity()
    {
        var identity = InfraFiles.Module("identity");
        var roleIds = identity.VariableObject("roleIds");
        var types = identity.Resources.ToDictionary(r => r.Symbol, r => r.ResourceType, StringComparer.Ordinal);
        var granted = identity.Resources
            .Where(r => r.ResourceType == "Microsoft.Authorization/roleAssignments" && r.Text.Contains("identity.properties.principalId", StringComparison.Ordinal))
            .Select(r => (Role: roleIds[RoleKey(r)], Scope: types[r.SymbolProperty("scope")!]))
            .ToList();

        // Built-in role ids: Storage Blob Data Owner, Storage Table Data Contributor, Storage Queue Data Contributor
        // (the host's blob-trigger and poison queues), Monitoring Metrics Publisher (Entra-authenticated telemetry).
        Assert.Equal(
            [
                ("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Microsoft.Storage/storageAccounts"),
                ("3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components"),
                ("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts"),
                ("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts"),
            ],
            granted.Select(g => (g.Role, g.Scope!)).Order());
        Assert.All(identity.Resources.Where(r => r.ResourceType == "Microsoft.Authorization/roleAssignments"),
            r => Assert.Contains("subscriptionResourceId('Microsoft.Authorization/roleDefinitions'", r.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Templates_NeverUseStorageKeys_AndTheAccountRefusesThem()
    {
        var account = InfraFiles.Module("storage").Resources.Single(r => r.ResourceType == "Microsoft.Storage/storageAccounts");
        var connections = ConnectionPrefixes();
        var settings = InfraFiles.Module("functionapp").NameValuePairs();

        foreach (var (path, template) in InfraFiles.All)
        {
            Assert.DoesNotContain("AccountKey", template.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", template.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("connectionString(", template.Text, StringComparison.OrdinalIgnoreCase);
            foreach (var function in new[] { "listAccountSas", "listServiceSas", "listConnectionStrings" })
            {
                Assert.True(template.Calls(function).Count == 0, $"{path} calls {function}");
            }
            // listKeys only for the Functions host's own keys (the blobs extension webhook), never on a storage account.
            Assert.All(template.Calls("listKeys"), call =>
            {
                Assert.Null(call.Receiver);
                Assert.Contains("/host/default", string.Concat(call.Arguments.Select(t => t.Text)), StringComparison.Ordinal);
            });
        }
        Assert.Equal("false", account.PropertyValues("allowSharedKeyAccess").Single().Text);
        Assert.Equal("false", account.PropertyValues("allowBlobPublicAccess").Single().Text);
        Assert.Equal("TLS1_2", account.StringProperty("minimumTlsVersion"));
        Assert.DoesNotContain(settings, s => connections.Contains(s.Name));
        Assert.Equal("managedidentity", settings.Single(s => s.Name == $"{HandlerStore.StorageSetting}__credential").Value.Single().Value);
    }

    [Fact]
    public void Templates_BotEndpoint_IsTheMessagesFunctionRoute_WithTeamsAndWebChat()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json")));
        var prefix = host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString();
        var route = Bindings("Messages").Single(b => b.GetProperty("type").GetString() == "httpTrigger").GetProperty("route").GetString();
        var endpoint = InfraFiles.Main.Variable("botMessagingEndpoint").Value.Single(t => t.IsString).Text;
        var bot = InfraFiles.Module("bot");
        var channels = bot.Resources.Where(r => r.ResourceType == "Microsoft.BotService/botServices/channels").Select(c => c.StringProperty("channelName"));

        Assert.Equal($"'https://${{functionApp.outputs.defaultHostName}}/{prefix}/{route}'", endpoint);
        Assert.Equal("botMessagingEndpoint", InfraFiles.Main.Module("bot").SymbolProperty("endpoint"));
        Assert.Equal(["MsTeamsChannel", "WebChatChannel"], channels.Order(StringComparer.Ordinal));
        Assert.Equal("azurebot", bot.Resources.Single(r => r.ResourceType == "Microsoft.BotService/botServices").StringProperty("kind"));
    }

    [Fact]
    public void Templates_BotAppTypes_AreAcceptedByBotSettings_WithTheSettingsTheTemplateSets()
    {
        var allowed = InfraFiles.Main.Parameter("botAppType").Decorator("allowed")!.Strings;
        var secret = InfraFiles.Module("functionapp").Variable("secretSettings");

        // Multi-tenant bots can no longer be created; the two kinds the template offers are the two the bot reads.
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], allowed.Order(StringComparer.Ordinal));
        Assert.Equal("UserAssignedMSI", InfraFiles.Main.Parameter("botAppType").Value.Single().Value);
        Assert.Contains("'SingleTenant'", secret.Tokens.Select(t => t.Text));
        Assert.Equal(BotSettings.AppPasswordSetting, secret.StringProperty("name"));
        Assert.True(InfraFiles.Main.Parameter("botAppPassword").Decorator("secure") is not null);
        foreach (var type in allowed)
        {
            var settings = new Dictionary<string, string>
            {
                [BotSettings.AppTypeSetting] = type,
                [BotSettings.AppIdSetting] = "00000000-0000-0000-0000-000000000001",
                [BotSettings.AppTenantIdSetting] = "00000000-0000-0000-0000-000000000002",
            };
            if (type == "SingleTenant")
            {
                settings[BotSettings.AppPasswordSetting] = "secret";
            }

            var read = BotSettings.FromSettings(name => settings.GetValueOrDefault(name));

            Assert.Equal(Enum.Parse<BotAppType>(type), read.AppType);
        }
    }

    [Fact]
    public void Templates_Main_OutputsWhatTheDeploymentStepsUse()
    {
        var outputs = InfraFiles.Main.Statements.Where(s => s.Keyword == "output").Select(s => s.Symbol).ToList();

        Assert.Subset(outputs.ToHashSet(StringComparer.Ordinal),
            new HashSet<string>(["functionAppName", "functionAppHostName", "storageAccountName", "identityClientId", "botMessagingEndpoint"], StringComparer.Ordinal));
    }

    // The app settings the function app gets (every literal `name:` of a { name, value } object in functionapp.bicep).
    private static HashSet<string> AppSettingNames() =>
        InfraFiles.Module("functionapp").NameValuePairs().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    // The settings that name a storage connection: the bindings' connection values and the handler's storage setting.
    private static HashSet<string> ConnectionPrefixes()
    {
        var prefixes = CodeSettings.Connections().ToHashSet(StringComparer.Ordinal);
        prefixes.Add(HandlerStore.StorageSetting);
        prefixes.UnionWith(CodeSettings.FromSource().Where(s => s.Origin.EndsWith("(prefix default)", StringComparison.Ordinal)).Select(s => s.Name));
        return prefixes;
    }

    private static string? LocalSetting(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "local.settings.json")));
        return json.RootElement.GetProperty("Values").GetProperty(name).GetString();
    }

    private static List<string> FunctionFolders() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "functions"), "function.json", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f))!)
            .Order(StringComparer.Ordinal)];

    private static List<JsonElement> Bindings(string function)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "functions", function, "function.json")));
        return [.. json.RootElement.GetProperty("bindings").Clone().EnumerateArray()];
    }

    // The dotted expression a module call passes for a parameter (`storage.outputs.x`).
    private static string Expression(BicepStatement call, string parameter)
    {
        var tokens = call.Tokens.Where(t => t.Kind != BicepTokenKind.Newline).ToList();
        var at = tokens.FindIndex(t => t.Is(parameter)) + 2;
        var parts = new List<string> { tokens[at].Text };
        while (tokens[at + 1].Is("."))
        {
            parts.Add(tokens[at + 2].Text);
            at += 2;
        }
        return string.Join('.', parts);
    }

    // `roleIds.storageBlobDataOwner` in a role assignment: the key.
    private static string RoleKey(BicepStatement assignment)
    {
        var tokens = assignment.Tokens;
        var at = tokens.ToList().FindIndex(t => t.Is("roleIds"));
        return tokens[at + 2].Text;
    }
}
