using System.Text.Json.Serialization;

namespace Recaps.Core.Storage.Sessions;

/// <summary>Source-generated JSON for the small lists the store keeps in one property.</summary>
[JsonSerializable(typeof(IEnumerable<string>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StoreJson : JsonSerializerContext;
