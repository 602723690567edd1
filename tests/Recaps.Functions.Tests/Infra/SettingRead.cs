namespace Recaps.Functions.Tests.Infra;

/// <summary>An app setting the code or a function definition reads, and where (file, and how it was recognised).</summary>
internal sealed record SettingRead(string Name, string Origin);
