using System.Text.Json;
using System.Text.RegularExpressions;
using NCrontab;

namespace Recaps.Functions.Local;

/// <summary>
/// Reads a timer function's schedule as the Functions host does: the <c>schedule</c> of the timerTrigger binding
/// in <c>{Name}/function.json</c> (the first root that has one; the built-in
/// <c>%Setting%</c> when none does), every <c>%Setting%</c> replaced by the app setting, or by its default when
/// unset, then parsed as NCRONTAB: six fields with seconds, five without (as the host decides by field count).
/// A problem is a <see cref="LocalRunException"/> naming the function, the file and the setting.
/// </summary>
internal static partial class FunctionSchedules
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static TimerSchedule Read(TimerFunction function, IEnumerable<string> roots, Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(setting);
        var file = roots.Select(root => Path.Combine(root, function.Name, "function.json")).FirstOrDefault(File.Exists);
        var declared = file is null ? function.DefaultDeclaration : Declared(function, file);
        var where = file is null ? "built-in definition" : Shorten(file);
        var notes = new List<string>();
        var expression = SettingReference().Replace(declared, match =>
        {
            var name = match.Groups[1].Value;
            var value = setting(name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                notes.Add($"%{name}% set");
                return value.Trim();
            }
            var fallback = TimerFunction.All.FirstOrDefault(f => f.Setting.Equals(name, StringComparison.OrdinalIgnoreCase))?.DefaultSchedule
                ?? throw new LocalRunException($"{function.Name}: the schedule '{declared}' ({where}) names the app setting {name}, which is not set.");
            notes.Add($"%{name}% unset: default");
            return fallback;
        }).Trim();
        var origin = notes.Count == 0 ? $"{where}: '{declared}'" : $"{where}, {string.Join(", ", notes)}";
        return new TimerSchedule(function, expression, origin, Parse(function, expression, declared, where));
    }

    private static CrontabSchedule Parse(TimerFunction function, string expression, string declared, string where)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var from = declared == expression ? $"({where})" : $"(from '{declared}', {where})";
        if (TimeSpan.TryParse(expression, System.Globalization.CultureInfo.InvariantCulture, out _) && fields == 1)
        {
            throw new LocalRunException($"{function.Name}: the schedule '{expression}' {from} is a TimeSpan; Flex and Linux Consumption plans only run NCRONTAB schedules such as '0 */15 * * * *'.");
        }
        CrontabSchedule cron;
        try
        {
            cron = CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = fields != 5 });
        }
        catch (CrontabException ex)
        {
            throw new LocalRunException(
                $"{function.Name}: the schedule '{expression}' {from} is not an NCRONTAB expression ({{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}): {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
        if (cron.GetNextOccurrence(DateTime.MinValue) == DateTime.MaxValue)
        {
            throw new LocalRunException($"{function.Name}: the schedule '{expression}' {from} never fires.");
        }
        return cron;
    }

    // The schedule of the function's timerTrigger binding, as written (it may name settings).
    private static string Declared(TimerFunction function, string file)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file), Lenient);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("bindings", out var bindings) && bindings.ValueKind == JsonValueKind.Array)
            {
                foreach (var binding in bindings.EnumerateArray())
                {
                    if (binding.ValueKind == JsonValueKind.Object
                        && binding.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                        && type.GetString()!.Equals("timerTrigger", StringComparison.OrdinalIgnoreCase))
                    {
                        return binding.TryGetProperty("schedule", out var schedule) && schedule.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(schedule.GetString())
                            ? schedule.GetString()!
                            : throw new LocalRunException($"{function.Name}: the timerTrigger binding in {file} has no schedule.");
                    }
                }
            }
            throw new LocalRunException($"{function.Name}: {file} has no timerTrigger binding.");
        }
        catch (JsonException ex)
        {
            throw new LocalRunException($"{function.Name}: {file} is not valid JSON: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LocalRunException($"{function.Name}: {file} cannot be read: {ex.Message}", ex);
        }
    }

    private static string Shorten(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
