using System.Security.Cryptography.X509Certificates;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Signatures;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Core.Tests.Features.Documents;

/// <summary>
/// Signatures read from the stored original: signer and time from the certificate, "intact" only when the signed
/// bytes are unchanged, and trust judged only against roots the administrator installed.
/// </summary>
public sealed class CheckSignaturesTests : IDisposable
{
    private static readonly DateTimeOffset SignedAt = new(2024, 4, 2, 3, 15, 0, TimeSpan.Zero);
    private readonly X509Certificate2 _root = SignedPdfs.CreateRoot("HuuNghi Test Root");
    private readonly X509Certificate2 _signer;

    public CheckSignaturesTests() =>
        _signer = SignedPdfs.CreateSigner(_root, "Nguyễn Văn An", "UBND huyện Tháp Mười", SignedAt.AddYears(-1), SignedAt.AddYears(2));

    private byte[] SignedLetter() => SignedPdfs.Sign(SignedPdfs.Plain("Cong van 91/UBND-VP"), _signer, SignedAt);

    [Fact]
    public void Should_read_the_signer_and_time_and_say_intact_but_not_checked_without_a_root()
    {
        var sig = Assert.Single(PdfSignatureVerifier.Verify(SignedLetter()));

        Assert.Equal("Nguyễn Văn An", sig.SignerName);
        Assert.Equal("UBND huyện Tháp Mười", sig.Organization);
        Assert.Equal(SignedAt, sig.SignedAt);
        Assert.Equal(SignatureIntegrity.Intact, sig.Integrity);
        Assert.Equal(CertificateTrust.NotChecked, sig.Trust);
        Assert.Contains("not checked against a trusted root", sig.Summary.En);
        Assert.DoesNotContain("valid", sig.Summary.En, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_say_changed_after_signing_when_one_signed_byte_differs()
    {
        var pdf = SignedLetter();
        var at = System.Text.Encoding.Latin1.GetString(pdf).IndexOf("91/UBND", StringComparison.Ordinal);
        pdf[at] = (byte)'7';

        var sig = Assert.Single(PdfSignatureVerifier.Verify(pdf));

        Assert.Equal(SignatureIntegrity.Changed, sig.Integrity);
        Assert.Equal("Văn bản đã bị thay đổi sau khi ký.", sig.Summary.Vi);
    }

    [Fact]
    public void Should_say_the_signature_covers_only_part_of_a_file_added_to_after_signing()
    {
        var pdf = SignedLetter().Concat("\n% thêm sau khi ký\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray()).ToArray();

        var sig = Assert.Single(PdfSignatureVerifier.Verify(pdf));

        Assert.Equal(SignatureIntegrity.PartialCoverage, sig.Integrity);
        Assert.Contains("only part of the file", sig.Summary.En);
    }

    [Fact]
    public void Should_trust_a_certificate_that_leads_to_an_installed_root_and_name_why_not_otherwise()
    {
        var trusted = Assert.Single(PdfSignatureVerifier.Verify(SignedLetter(), [_root]));
        Assert.Equal(CertificateTrust.Trusted, trusted.Trust);

        using var otherRoot = SignedPdfs.CreateRoot("Some Other Root");
        var untrusted = Assert.Single(PdfSignatureVerifier.Verify(SignedLetter(), [otherRoot]));
        Assert.Equal(CertificateTrust.Untrusted, untrusted.Trust);
        Assert.Contains("trusted root", untrusted.TrustProblem);
    }

    [Fact]
    public void Should_refuse_trust_to_a_certificate_that_had_expired_when_signing()
    {
        using var expired = SignedPdfs.CreateSigner(_root, "Trần Thị Bình", "Sở Ngoại vụ tỉnh Đồng Tháp", SignedAt.AddYears(-3), SignedAt.AddDays(-1));
        var pdf = SignedPdfs.Sign(SignedPdfs.Plain("Ke hoach 58/KH-UBND"), expired, SignedAt);

        var sig = Assert.Single(PdfSignatureVerifier.Verify(pdf, [_root]));

        Assert.Equal(SignatureIntegrity.Intact, sig.Integrity);
        Assert.True(sig.CertificateExpiredWhenSigned);
        Assert.Equal(CertificateTrust.Untrusted, sig.Trust);
        Assert.Contains("expired", sig.TrustProblem);
    }

    [Fact]
    public void Should_find_no_signature_in_an_unsigned_or_damaged_file_and_not_throw()
    {
        Assert.Empty(PdfSignatureVerifier.Verify(SignedPdfs.Plain("Khong ky")));
        Assert.Empty(PdfSignatureVerifier.Verify("not a pdf"u8.ToArray()));
        var broken = SignedLetter();
        var text = System.Text.Encoding.Latin1.GetString(broken);
        var gap = text.IndexOf("/Contents <", StringComparison.Ordinal) + 11;
        for (var i = gap; i < gap + 40; i++) broken[i] = (byte)'f';
        Assert.Equal(SignatureIntegrity.Unreadable, Assert.Single(PdfSignatureVerifier.Verify(broken)).Integrity);
    }

    [Fact]
    public void Should_load_trusted_roots_from_a_pem_file_and_refuse_a_missing_one_clearly()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, _root.ExportCertificatePem());
            Assert.Equal(_root.Thumbprint, Assert.Single(TrustedRoots.Load(file).Certificates).Thumbprint);
            var missing = Assert.Throws<ValidationFailedException>(() => TrustedRoots.Load(file + ".none"));
            Assert.Contains("not found", missing.Localized.En);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public void Dispose()
    {
        _signer.Dispose();
        _root.Dispose();
    }
}
