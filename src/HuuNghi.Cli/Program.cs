using System.Text;
using HuuNghi.Cli;

// Vietnamese must print correctly on a Windows console too, where the default code page is not UTF-8.
Console.OutputEncoding = Encoding.UTF8;
// Everything lives in CliApp so tests run the very same command line in-process.
return await CliApp.RunAsync(args, Console.Out, Console.Error);
