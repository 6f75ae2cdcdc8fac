using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace HuuNghi.Testing;

/// <summary>
/// PDFs signed the way signing tools do it, by a CA the test creates: the signature is an incremental update
/// appended to the file, a <c>/Sig</c> dictionary whose <c>/ByteRange</c> covers everything but its own
/// <c>/Contents</c>, which holds a detached CMS over those bytes.
/// </summary>
public static class SignedPdfs
{
    private const int ContentsHexLength = 16384;

    public static X509Certificate2 CreateRoot(string commonName)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}, O=HuuNghi Test CA, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-10), DateTimeOffset.UtcNow.AddYears(10));
    }

    /// <summary>A signer's certificate (with its private key) issued by <paramref name="root"/>.</summary>
    public static X509Certificate2 CreateSigner(X509Certificate2 root, string name, string organization, DateTimeOffset from, DateTimeOffset to)
    {
        using var key = RSA.Create(2048);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("VN");
        subject.AddOrganizationName(organization);
        subject.AddCommonName(name);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        using var issued = request.Create(root, from, to, RandomNumberGenerator.GetBytes(8));
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>A one-page PDF with a line of text (ASCII, so any reader shows it).</summary>
    public static byte[] Plain(string line)
    {
        var content = $"BT /F1 12 Tf 72 760 Td ({line}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (o, i) in objects.Select((o, i) => (o, i)))
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{o}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>Appends a signature by <paramref name="signer"/> over the whole file as it then is.</summary>
    public static byte[] Sign(byte[] pdf, X509Certificate2 signer, DateTimeOffset signedAt)
    {
        var original = Encoding.Latin1.GetString(pdf);
        var prevXref = original[(original.LastIndexOf("startxref", StringComparison.Ordinal) + 9)..].Trim().Split('\n')[0].Trim();
        var size = int.Parse(System.Text.RegularExpressions.Regex.Matches(original, @"/Size (\d+)").Last().Groups[1].Value);
        var placeholder = "[0 0000000000 0000000000 0000000000]";
        var update = new StringBuilder("\n");
        var objectOffset = pdf.Length + update.Length;
        update.Append($"{size} 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange {placeholder} /Contents <")
            .Append('0', ContentsHexLength).Append($"> /M (D:{signedAt.UtcDateTime:yyyyMMddHHmmss}Z) >>\nendobj\n");
        var xref = pdf.Length + update.Length;
        update.Append($"xref\n0 1\n0000000000 65535 f \n{size} 1\n{objectOffset:D10} 00000 n \n")
            .Append($"trailer\n<< /Size {size + 1} /Root 1 0 R /Prev {prevXref} >>\nstartxref\n{xref}\n%%EOF\n");

        var text = original + update;
        var gapStart = text.IndexOf("/Contents <", objectOffset, StringComparison.Ordinal) + "/Contents ".Length;
        var gapEnd = gapStart + ContentsHexLength + 2;
        var range = $"[0 {gapStart} {gapEnd} {text.Length - gapEnd}]".PadRight(placeholder.Length);
        var at = text.IndexOf(placeholder, objectOffset, StringComparison.Ordinal);
        text = text[..at] + range + text[(at + placeholder.Length)..];
        var bytes = Encoding.Latin1.GetBytes(text);

        var signed = bytes[..gapStart].Concat(bytes[gapEnd..]).ToArray();
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        var cmsSigner = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signer) { IncludeOption = X509IncludeOption.EndCertOnly };
        cmsSigner.SignedAttributes.Add(new Pkcs9SigningTime(signedAt.UtcDateTime));
        cms.ComputeSignature(cmsSigner, silent: true);
        var hex = Convert.ToHexString(cms.Encode());
        Encoding.ASCII.GetBytes(hex).CopyTo(bytes, gapStart + 1);
        return bytes;
    }
}
