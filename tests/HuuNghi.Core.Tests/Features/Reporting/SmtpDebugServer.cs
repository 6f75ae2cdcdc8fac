using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HuuNghi.Core.Tests.Features.Reporting;

/// <summary>
/// A real SMTP server for one test: Python's smtpd DebuggingServer (Python 3.11), which prints every message it
/// receives to standard output. Started on a free loopback port, killed when disposed.
/// </summary>
internal sealed class SmtpDebugServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SmtpDebugServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public static async Task<SmtpDebugServer> StartAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("python3", $"-u -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:{port}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var server = new SmtpDebugServer(process, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (server._output) server._output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (server._output) server._output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                if (process.HasExited) break;
                await Task.Delay(100);
            }
        }
        await server.DisposeAsync();
        throw new InvalidOperationException("The SMTP debugging server did not start: " + server.Output);
    }

    /// <summary>Waits until the server has printed a whole message containing <paramref name="text"/>.</summary>
    public async Task<string> WaitForAsync(string text)
    {
        for (var i = 0; i < 100; i++)
        {
            var output = Output;
            if (output.Contains(text, StringComparison.Ordinal) && output.Contains("END MESSAGE", StringComparison.Ordinal)) return output;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No message with '{text}' arrived. Server output: {Output}");
    }

    /// <summary>
    /// The last message received, as sent. The server prints each line as a Python bytes literal (b'…' with \xNN
    /// escapes), so the bytes are rebuilt from those literals before MIME parsing.
    /// </summary>
    public MimeKit.MimeMessage LastMessage()
    {
        var output = Output;
        var start = output.LastIndexOf("MESSAGE FOLLOWS", StringComparison.Ordinal);
        var end = output.IndexOf("END MESSAGE", start, StringComparison.Ordinal);
        var bytes = new List<byte>();
        foreach (var line in output[start..end].Split('\n').Skip(1).SkipLast(1))
        {
            var literal = line.Trim();
            if (literal.Length < 3 || literal[0] != 'b') continue;
            literal = literal[2..^1];
            for (var i = 0; i < literal.Length; i++)
            {
                if (literal[i] != '\\') { bytes.Add((byte)literal[i]); continue; }
                var next = literal[++i];
                if (next == 'x') { bytes.Add(Convert.ToByte(literal.Substring(i + 1, 2), 16)); i += 2; }
                else bytes.Add((byte)(next switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => next }));
            }
            bytes.AddRange("\r\n"u8.ToArray());
        }
        return MimeKit.MimeMessage.Load(new MemoryStream([.. bytes]));
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
