namespace Recaps.Core.Storage.Azure;

/// <summary>Container and blob names: validated, and blob paths percent-encoded per segment so '/' stays a separator.</summary>
internal static class BlobNames
{
    public const int MaxBlobNameLength = 1024;

    public static void ValidateContainer(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is >= 3 and <= 63
            && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && name[0] != '-' && name[^1] != '-' && !name.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new ArgumentException($"'{name}' is not a container name: use 3-63 lowercase letters, digits and single hyphens.", nameof(name));
        }
    }

    public static string BlobPath(string container, string blob)
    {
        ArgumentException.ThrowIfNullOrEmpty(blob);
        if (blob.Length > MaxBlobNameLength || blob.Any(char.IsControl))
        {
            throw new ArgumentException($"A blob name must be 1-{MaxBlobNameLength} characters without control characters.", nameof(blob));
        }
        return container + "/" + string.Join('/', blob.Split('/').Select(Uri.EscapeDataString));
    }
}
