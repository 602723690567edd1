using Recaps.Testing;

namespace Recaps.Core.Tests.Storage;

/// <summary>One Azurite for every test class that talks to it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
