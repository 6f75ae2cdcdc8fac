using System.Diagnostics;

namespace HuuNghi.Documents.Writing.Pdf;

/// <summary>
/// Converts DOCX to PDF with LibreOffice in headless mode. Each call gets its own working folder and LibreOffice
/// profile (two instances sharing a profile block each other), and the folder is removed whatever happens.
/// </summary>
public sealed class PdfConverter(PdfConverterOptions? options = null)
{
    private readonly PdfConverterOptions options = options ?? new PdfConverterOptions();

    public const string NotInstalledMessage =
        "Không tìm thấy LibreOffice (soffice) nên không thể tạo tệp PDF; hãy cài đặt LibreOffice hoặc dùng tệp DOCX. / " +
        "LibreOffice (soffice) was not found, so no PDF can be made; install LibreOffice or use the DOCX file.";

    /// <summary>The soffice executable that will be used, or null when LibreOffice is not installed.</summary>
    public string? ExecutablePath => options.ExecutablePath is { } configured
        ? (File.Exists(configured) ? configured : null)
        : ExecutableLocator.Find();

    public bool IsAvailable => ExecutablePath is not null;

    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var executable = ExecutablePath ?? throw new PdfConversionException(NotInstalledMessage);
        var work = options.WorkRoot is { } root
            ? Directory.CreateDirectory(Path.Combine(root, "huunghi-pdf-" + Guid.NewGuid().ToString("N")))
            : Directory.CreateTempSubdirectory("huunghi-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "document.docx");
            var output = Path.Combine(work.FullName, "out");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            await RunAsync(executable, work.FullName, input, output, cancellationToken);
            var pdf = Path.Combine(output, "document.pdf");
            if (!File.Exists(pdf))
            {
                throw new PdfConversionException(
                    "LibreOffice không tạo được tệp PDF (tệp DOCX có thể bị hỏng). / LibreOffice produced no PDF (the DOCX may be damaged).");
            }
            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            TryDelete(work);
        }
    }

    public async Task ConvertFileAsync(string docxPath, string pdfPath, CancellationToken cancellationToken = default)
    {
        var pdf = await ConvertAsync(await File.ReadAllBytesAsync(docxPath, cancellationToken), cancellationToken);
        await File.WriteAllBytesAsync(pdfPath, pdf, cancellationToken);
    }

    private async Task RunAsync(string executable, string work, string input, string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var profile = new Uri(Path.Combine(work, "profile") + Path.DirectorySeparatorChar).AbsoluteUri;
        foreach (var arg in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", output, input })
        {
            start.ArgumentList.Add(arg);
        }
        // LibreOffice writes its temporary files under TMPDIR; keep them in the folder we delete.
        start.Environment["TMPDIR"] = work;

        using var process = Process.Start(start) ?? throw new PdfConversionException(NotInstalledMessage);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfConversionException(
                $"LibreOffice không chuyển xong trong {options.Timeout.TotalSeconds:0} giây. / LibreOffice did not finish within {options.Timeout.TotalSeconds:0} s.");
        }
        await Task.WhenAll(stdout, stderr);
        if (process.ExitCode != 0)
        {
            throw new PdfConversionException(
                $"LibreOffice báo lỗi (mã {process.ExitCode}). / LibreOffice failed (exit code {process.ExitCode}): {stderr.Result.Trim()}");
        }
    }

    private static void TryDelete(DirectoryInfo directory)
    {
        // A LibreOffice child may still hold a file for a moment after exiting; retry briefly rather than leak the folder.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (directory.Exists) directory.Delete(recursive: true);
                return;
            }
            catch (IOException) when (attempt < 4)
            {
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException) when (attempt < 4)
            {
                Thread.Sleep(200);
            }
        }
    }
}

public sealed record PdfConverterOptions
{
    /// <summary>Path to soffice; found on PATH and in the usual install folders when null.</summary>
    public string? ExecutablePath { get; init; }

    /// <summary>Where each conversion makes (and removes) its working folder; the system's temporary folder when null.</summary>
    public string? WorkRoot { get; init; }

    /// <summary>The first start of a fresh profile takes several seconds, so the default is generous.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
}

public sealed class PdfConversionException(string message) : Exception(message);
