using Recaps.Testing;

namespace Recaps.Functions.Tests;

/// <summary>One Azurite for every test class of this assembly that talks to it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
