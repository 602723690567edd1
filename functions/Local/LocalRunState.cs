using Recaps.Core.Storage.Azure;
using Recaps.Functions.Cli;
using Recaps.Functions.Local.Chat;
using Recaps.Functions.Pipeline;

namespace Recaps.Functions.Local;

/// <summary>
/// What the local run's services share. The store is opened after the app is built (its logging comes from the
/// app) and before it starts, which is when the services that use it are first resolved.
/// </summary>
internal sealed class LocalRunState(ServeSettings settings, LocalConsole console, IReadOnlyList<TimerSchedule> schedules, StorageAccount? account)
{
    public ServeSettings Settings { get; } = settings;

    public LocalConsole Console { get; } = console;

    public IReadOnlyList<TimerSchedule> Schedules { get; } = schedules;

    /// <summary>The storage account; null on the embedded store (which watches the inbox instead of a container).</summary>
    public StorageAccount? Account { get; } = account;

    public required ChatOptions Chat { get; init; }

    public TimeProvider TimerClock => Settings.TimerClock ?? Settings.Time;

    public OpenedStore Store
    {
        get => field ?? throw new InvalidOperationException("The store is not open yet.");
        set;
    }

    public RecapFunctions Functions
    {
        get => field ?? throw new InvalidOperationException("The functions are not composed yet.");
        set;
    }
}
