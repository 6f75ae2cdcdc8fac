using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Signatures;

/// <summary>
/// Reads every digital signature of a PDF and checks it against the file's bytes. A PDF signature names the
/// bytes it covers (<c>/ByteRange [a b c d]</c>: all but the gap holding the signature itself); the CMS inside
/// the gap is verified over exactly those bytes. Works on the raw file, so it sees every signature, also those of
/// earlier revisions. Trust is judged only against roots the administrator installed; without them the answer
/// stays "intact, not checked", never "valid".
/// </summary>
public static partial class PdfSignatureVerifier
{
    public static IReadOnlyList<PdfSignature> Verify(byte[] pdf, X509Certificate2Collection? trustedRoots = null)
    {
        var text = Encoding.Latin1.GetString(pdf);
        if (text.IndexOf("%PDF-", 0, Math.Min(text.Length, 1024), StringComparison.Ordinal) < 0) return [];
        var found = new List<PdfSignature>();
        var seen = new HashSet<(long, long, long, long)>();
        foreach (Match m in ByteRange().Matches(text))
        {
            var range = (long.Parse(m.Groups[1].Value), long.Parse(m.Groups[2].Value), long.Parse(m.Groups[3].Value), long.Parse(m.Groups[4].Value));
            if (seen.Add(range)) found.Add(Check(pdf, range, trustedRoots));
        }
        return found;
    }

    private static PdfSignature Check(byte[] pdf, (long A, long B, long C, long D) r, X509Certificate2Collection? roots)
    {
        var covered = r.B + r.D;
        var unreadable = new PdfSignature(null, null, null, null, null, null, SignatureIntegrity.Unreadable, CertificateTrust.NotChecked, null, covered, pdf.Length);
        if (r.A < 0 || r.B < 0 || r.A + r.B > r.C || r.C + r.D > pdf.Length) return unreadable;
        if (Cms(pdf.AsSpan((int)(r.A + r.B), (int)(r.C - r.A - r.B))) is not { } der) return unreadable;

        var signed = new byte[covered];
        pdf.AsSpan((int)r.A, (int)r.B).CopyTo(signed);
        pdf.AsSpan((int)r.C, (int)r.D).CopyTo(signed.AsSpan((int)r.B));

        SignedCms cms;
        bool intact;
        try
        {
            var probe = new SignedCms();
            probe.Decode(der);
            // Detached (adbe.pkcs7.detached, ETSI.CAdES.detached): no content inside, the file's bytes are the content.
            if (probe.ContentInfo.Content.Length == 0)
            {
                cms = new SignedCms(new ContentInfo(signed), detached: true);
                cms.Decode(der);
                intact = Verifies(cms);
            }
            else
            {
                // adbe.pkcs7.sha1: the signature covers a SHA-1 digest of the bytes, carried inside it.
                // Reading an old form, not choosing an algorithm: SHA-1 is what that form carries.
                cms = probe;
#pragma warning disable CA5350
                intact = Verifies(cms) && cms.ContentInfo.Content.AsSpan().SequenceEqual(SHA1.HashData(signed));
#pragma warning restore CA5350
            }
        }
        catch (CryptographicException)
        {
            return unreadable;
        }

        var signer = cms.SignerInfos.Count > 0 ? cms.SignerInfos[0] : null;
        var cert = signer?.Certificate;
        var at = signer?.SignedAttributes.Cast<CryptographicAttributeObject>()
            .SelectMany(a => a.Values.Cast<AsnEncodedData>()).OfType<Pkcs9SigningTime>().Select(t => (DateTimeOffset?)new DateTimeOffset(t.SigningTime.ToUniversalTime(), TimeSpan.Zero)).FirstOrDefault();
        var wholeFile = r.A == 0 && pdf.AsSpan((int)(r.C + r.D)).Trim(" \r\n\0"u8).Length == 0;
        var integrity = !intact ? SignatureIntegrity.Changed : wholeFile ? SignatureIntegrity.Intact : SignatureIntegrity.PartialCoverage;
        var (trust, problem) = Trust(cert, cms.Certificates, at, roots);
        return new PdfSignature(cert?.GetNameInfo(X509NameType.SimpleName, forIssuer: false), Part(cert?.SubjectName, "2.5.4.10"), at,
            cert is null ? null : new DateTimeOffset(cert.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            cert is null ? null : new DateTimeOffset(cert.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            cert?.GetNameInfo(X509NameType.SimpleName, forIssuer: true), integrity, trust, problem, covered, pdf.Length);
    }

    private static bool Verifies(SignedCms cms)
    {
        try
        {
            cms.CheckSignature(verifySignatureOnly: true);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static (CertificateTrust, string?) Trust(X509Certificate2? cert, X509Certificate2Collection embedded, DateTimeOffset? at, X509Certificate2Collection? roots)
    {
        if (roots is not { Count: > 0 }) return (CertificateTrust.NotChecked, null);
        if (cert is null) return (CertificateTrust.Untrusted, "không có chứng thư của người ký / no signer certificate");
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.ExtraStore.AddRange(embedded);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        // Judged on the day of signing, as the law judges a signature; expiry since then does not undo it.
        if (at is { } day) chain.ChainPolicy.VerificationTime = day.UtcDateTime;
        if (chain.Build(cert)) return (CertificateTrust.Trusted, null);
        var reasons = chain.ChainStatus.Select(s => s.Status switch
        {
            X509ChainStatusFlags.NotTimeValid => "chứng thư hết hạn hoặc chưa có hiệu lực khi ký / certificate expired or not yet valid when signing",
            X509ChainStatusFlags.UntrustedRoot or X509ChainStatusFlags.PartialChain => "không dẫn tới chứng thư gốc tin cậy / does not lead to a trusted root",
            X509ChainStatusFlags.NotSignatureValid => "chữ ký trên chứng thư sai / a certificate's signature is wrong",
            _ => s.StatusInformation.Trim(),
        }).Distinct();
        return (CertificateTrust.Untrusted, string.Join("; ", reasons));
    }

    /// <summary>The DER of the CMS in the gap: the hex between &lt; and &gt;, without the zero padding signers leave.</summary>
    private static byte[]? Cms(ReadOnlySpan<byte> gap)
    {
        var open = gap.IndexOf((byte)'<');
        var close = gap.LastIndexOf((byte)'>');
        if (open < 0 || close <= open) return null;
        var hex = Encoding.ASCII.GetString(gap[(open + 1)..close]).Where(Uri.IsHexDigit).ToArray();
        if (hex.Length < 4 || hex.Length % 2 != 0) return null;
        var bytes = Convert.FromHexString(hex);
        try
        {
            AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.BER, out _, out _, out var length);
            return bytes[..length];
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    private static string? Part(X500DistinguishedName? name, string oid) =>
        name?.EnumerateRelativeDistinguishedNames().FirstOrDefault(n => n.GetSingleElementType().Value == oid)?.GetSingleElementValue();

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();
}
