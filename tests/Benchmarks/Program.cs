using BenchmarkDotNet.Running;
using Recaps.Benchmarks;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*' [--job short]     BenchmarkDotNet
// dotnet run -c Release --project tests/Benchmarks -- load-ingest [--articles N] [--mode both|sequential|parallel] [--profile] [--keep] [--storage CONNECTION_STRING]
// dotnet run -c Release --project tests/Benchmarks -- load-reads [--years 1,10] [--ops N]
// dotnet run -c Release --project tests/Benchmarks -- load-answers [--years 10] [--ops N]
// dotnet run -c Release --project tests/Benchmarks -- load-handler --app DIR[,DIR2] [--starts 20] [--invocations 2000] [--concurrency 4,16] [--storage CONNECTION_STRING]
// dotnet run -c Release --project tests/Benchmarks -- load-bot --app DIR [--conversations 100] [--seconds 30] [--warmup 10]
return args.FirstOrDefault() switch
{
    "load-ingest" => await LoadIngest.RunAsync(new LoadArguments(args[1..])),
    "load-reads" => await LoadReads.RunAsync(new LoadArguments(args[1..])),
    "load-answers" => await LoadAnswers.RunAsync(new LoadArguments(args[1..])),
    "load-handler" => await LoadHandler.RunAsync(new LoadArguments(args[1..])),
    "load-bot" => await LoadBot.RunAsync(new LoadArguments(args[1..])),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args);
    return 0;
}
