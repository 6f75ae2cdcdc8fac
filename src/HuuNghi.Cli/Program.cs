using HuuNghi.Cli;

// Everything lives in CliApp so tests run the very same command line in-process.
return await CliApp.RunAsync(args, Console.Out, Console.Error);
