using System.CommandLine;
using Recaps.Core.Questions;

namespace Recaps.Functions.Cli;

/// <summary>
/// <c>recaps ask "QUESTION" [--now ISO-8601] [--context FILE] [--data DIR | --storage CONNECTION_STRING]</c>:
/// answers one question as the bot would, in plain text. "I don't know" is an answer too (exit 0).
/// </summary>
internal static class AskCommand
{
    public static Command Create(CliServices services)
    {
        var question = new Argument<string[]>("question")
        {
            Description = "The question, e.g. \"how did CATL do?\" (quotes optional).",
            Arity = ArgumentArity.OneOrMore,
        };
        var now = TimestampOption.Create("--now", "Answer as if it were this moment (\"yesterday\", \"on Wednesday\" count from it). Default: the clock.");
        var contextFile = new Option<FileInfo?>("--context")
        {
            Description = "A file keeping the conversation between calls, so follow-ups (\"and yesterday?\", \"why?\") work.",
            HelpName = "FILE",
        };
        var store = new StoreOptions();
        var command = new Command("ask", "Answer a question about the stored recaps, citing them.") { question, now, contextFile };
        store.AddTo(command);

        command.SetAction((result, cancellationToken) => store.RunAsync(result, services, async opened =>
        {
            var clock = result.GetValue(now) is { } at ? new FixedClock(at) : services.Time;
            var file = result.GetValue(contextFile);
            try
            {
                var context = file is { Exists: true } ? ConversationContext.FromJson(await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false)) : null;
                var answer = await new AnswerService(opened.Sessions, clock).AskAsync(string.Join(' ', result.GetRequiredValue(question)), context, cancellationToken)
                    .ConfigureAwait(false);
                if (file is not null)
                {
                    await File.WriteAllTextAsync(file.FullName, answer.Context.ToJson(), cancellationToken).ConfigureAwait(false);
                }
                await result.InvocationConfiguration.Output.WriteLineAsync(answer.Text).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (Exception ex) when (file is not null && ex is IOException or UnauthorizedAccessException)
            {
                // A context file in a missing folder, or one that cannot be read or written: one line, not a stack trace.
                await result.InvocationConfiguration.Error.WriteLineAsync($"recaps ask: --context: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        }, null, cancellationToken));
        return command;
    }
}
