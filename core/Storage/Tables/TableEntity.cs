using System.Globalization;

namespace Recaps.Core.Storage.Tables;

/// <summary>
/// One row of a table: its keys and typed properties, in the shape Azure Table Storage stores. Property
/// values are <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="DateTimeOffset"/> (kept in UTC), <see cref="Guid"/> or byte arrays, the
/// types both backends round-trip exactly.
/// </summary>
public sealed class TableEntity
{
    /// <summary>Azure allows 255 properties including PartitionKey, RowKey and Timestamp.</summary>
    public const int MaxProperties = 252;

    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    public TableEntity(string partitionKey, string rowKey)
    {
        TableKeys.Validate(partitionKey, nameof(partitionKey));
        TableKeys.Validate(rowKey, nameof(rowKey));
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    // Keys were validated when the copied entity was made.
    private TableEntity(string partitionKey, string rowKey, Dictionary<string, object> properties)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
        _properties = properties;
    }

    public string PartitionKey { get; }
    public string RowKey { get; }

    /// <summary>The version the store returned with this entity; null for an entity built in memory.</summary>
    public string? ETag { get; init; }

    /// <summary>When the store last wrote the entity; null for an entity built in memory.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    public IReadOnlyDictionary<string, object> Properties => _properties;

    /// <summary>Sets a property; null removes it, as a stored entity has no null properties.</summary>
    public object? this[string name]
    {
        get => _properties.GetValueOrDefault(name);
        set => Set(name, value);
    }

    public string? GetString(string name) => Get(name) switch
    {
        null => null,
        string text => text,
        var other => throw WrongType(name, other, "String"),
    };

    public long? GetInt64(string name) => Get(name) switch
    {
        null => null,
        long number => number,
        int number => number,
        var other => throw WrongType(name, other, "Int64"),
    };

    public int? GetInt32(string name) => Get(name) switch
    {
        null => null,
        int number => number,
        long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
        var other => throw WrongType(name, other, "Int32"),
    };

    public double? GetDouble(string name) => Get(name) switch
    {
        null => null,
        double number => number,
        int number => number,
        long number => number,
        var other => throw WrongType(name, other, "Double"),
    };

    public bool? GetBoolean(string name) => Get(name) switch
    {
        null => null,
        bool flag => flag,
        var other => throw WrongType(name, other, "Boolean"),
    };

    public DateTimeOffset? GetDateTimeOffset(string name) => Get(name) switch
    {
        null => null,
        DateTimeOffset time => time,
        var other => throw WrongType(name, other, "DateTime"),
    };

    public Guid? GetGuid(string name) => Get(name) switch
    {
        null => null,
        Guid id => id,
        var other => throw WrongType(name, other, "Guid"),
    };

    public byte[]? GetBinary(string name) => Get(name) switch
    {
        null => null,
        byte[] bytes => bytes,
        var other => throw WrongType(name, other, "Binary"),
    };

    /// <summary>
    /// An independent copy with the same keys, ETag, timestamp and properties: values are immutable except
    /// binary ones, which are copied, so changing either entity never shows in the other.
    /// </summary>
    internal TableEntity Copy()
    {
        var copy = new TableEntity(PartitionKey, RowKey, new Dictionary<string, object>(_properties, StringComparer.Ordinal))
        {
            ETag = ETag,
            Timestamp = Timestamp,
        };
        foreach (var (name, value) in _properties)
        {
            if (value is byte[] bytes)
            {
                copy._properties[name] = bytes.Clone();
            }
        }
        return copy;
    }

    private object? Get(string name) => _properties.GetValueOrDefault(name);

    private void Set(string name, object? value)
    {
        TableKeys.ValidatePropertyName(name);
        if (value is null)
        {
            _properties.Remove(name);
            return;
        }
        var stored = value switch
        {
            string or bool or int or long or double or Guid or byte[] => value,
            DateTimeOffset time => time.ToUniversalTime(),
            _ => throw new ArgumentException($"Property '{name}' has type {value.GetType().Name}, which tables do not store.", nameof(value)),
        };
        if (!_properties.ContainsKey(name) && _properties.Count >= MaxProperties)
        {
            throw new ArgumentException($"An entity holds at most {MaxProperties} properties.", nameof(name));
        }
        _properties[name] = stored;
    }

    private static InvalidOperationException WrongType(string name, object value, string wanted) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Property '{name}' is {value.GetType().Name}, not {wanted}."));
}
