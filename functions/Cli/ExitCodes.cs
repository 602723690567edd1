namespace Recaps.Functions.Cli;

/// <summary>The command line's exit codes (ARCHITECTURE.md): 0 success, 2 bad input with a one-line reason.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 2;
}
