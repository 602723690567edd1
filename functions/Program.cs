using Recaps.Functions.Cli;

// Composition only: the command line owns parsing and dispatch; the system clock is the one real edge.
return RecapsCli.Run(args, Console.Out, Console.Error, TimeProvider.System);
