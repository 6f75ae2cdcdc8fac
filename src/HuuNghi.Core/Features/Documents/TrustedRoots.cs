using System.Security.Cryptography.X509Certificates;
using HuuNghi.Core.Common;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// The root certificates an administrator trusts for digital signatures (for Vietnam, the Government CA's and the
/// licensed public CAs' roots, which the administrator adds as a file: nothing is trusted by default, and the
/// operating system's web roots are not the right authority for official documents).
/// </summary>
public sealed class TrustedRoots(X509Certificate2Collection certificates)
{
    public static readonly TrustedRoots None = new([]);

    public X509Certificate2Collection Certificates { get; } = certificates;

    /// <summary>Every certificate in a PEM or DER file, or in the .pem/.crt/.cer files of a folder.</summary>
    public static TrustedRoots Load(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path).Where(f => Path.GetExtension(f).ToLowerInvariant() is ".pem" or ".crt" or ".cer").Order().ToArray()
            : File.Exists(path) ? [path]
            : throw new ValidationFailedException("HUUNGHI_TRUSTED_ROOTS", new Localized(
                $"Không tìm thấy tệp chứng thư gốc '{path}'.", $"The trusted root certificates '{path}' were not found."));
        var all = new X509Certificate2Collection();
        foreach (var file in files)
        {
            try
            {
                var text = File.ReadAllText(file);
                if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)) all.ImportFromPemFile(file);
                else all.Add(X509CertificateLoader.LoadCertificateFromFile(file));
            }
            catch (System.Security.Cryptography.CryptographicException e)
            {
                throw new ValidationFailedException("HUUNGHI_TRUSTED_ROOTS", new Localized(
                    $"Tệp '{file}' không phải chứng thư số X.509 ({e.Message}).", $"'{file}' is not an X.509 certificate ({e.Message})."));
            }
        }
        return new TrustedRoots(all);
    }
}
