namespace Recaps.Core.Storage.Azure;

/// <summary>Blob metadata travels as x-ms-meta-* headers: C#-identifier names, printable ASCII values.</summary>
internal static class BlobMetadata
{
    public static void Validate(IReadOnlyDictionary<string, string>? metadata)
    {
        foreach (var (name, value) in metadata ?? new Dictionary<string, string>())
        {
            if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ArgumentException($"'{name}' is not a metadata name: use letters, digits and '_'.", nameof(metadata));
            }
            if (value is null || value.Any(c => c is < ' ' or > '~'))
            {
                throw new ArgumentException($"Metadata '{name}' must be printable ASCII (encode other text first).", nameof(metadata));
            }
        }
    }
}
