using BenchmarkDotNet.Running;
using Recaps.Benchmarks;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args);
