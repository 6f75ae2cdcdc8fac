namespace HuuNghi.Documents.Signatures;

/// <summary>Whether the bytes a signature covers are the bytes it signed.</summary>
public enum SignatureIntegrity
{
    /// <summary>The signed bytes are unchanged and the signature covers the whole file.</summary>
    Intact,
    /// <summary>The signed bytes are unchanged, but the file goes on after them (added later, unsigned).</summary>
    PartialCoverage,
    /// <summary>The bytes changed after signing, or the signature does not match them.</summary>
    Changed,
    /// <summary>The signature could not be read (damaged, or a form we do not verify).</summary>
    Unreadable,
}

/// <summary>Whether the signer's certificate leads to a root the administrator trusts.</summary>
public enum CertificateTrust
{
    /// <summary>No trusted roots are installed: nothing is said about the certificate beyond what it states.</summary>
    NotChecked,
    Trusted,
    Untrusted,
}

/// <summary>
/// One digital signature of a PDF as read and checked: who signed (from the certificate), when, for how long the
/// certificate was valid, whether the signed bytes are unchanged, and whether the certificate is trusted. The
/// wording never says "valid" without a trusted root (see <see cref="Summary"/>).
/// </summary>
public sealed record PdfSignature(
    string? SignerName, string? Organization, DateTimeOffset? SignedAt, DateTimeOffset? CertificateFrom, DateTimeOffset? CertificateTo,
    string? Issuer, SignatureIntegrity Integrity, CertificateTrust Trust, string? TrustProblem, long CoveredBytes, long FileBytes)
{
    public bool CertificateExpiredWhenSigned => SignedAt is { } at && CertificateTo is { } to && at > to;

    /// <summary>What to tell the officer, Vietnamese then English.</summary>
    public (string Vi, string En) Summary => Integrity switch
    {
        SignatureIntegrity.Changed => ("Văn bản đã bị thay đổi sau khi ký.", "The document was changed after signing."),
        SignatureIntegrity.Unreadable => ("Không đọc được chữ ký số.", "The digital signature could not be read."),
        _ => (Coverage.Vi + " " + TrustText.Vi, Coverage.En + " " + TrustText.En),
    };

    private (string Vi, string En) Coverage => Integrity == SignatureIntegrity.PartialCoverage
        ? ($"Chữ ký nguyên vẹn nhưng chỉ bao phủ một phần tệp ({CoveredBytes:N0}/{FileBytes:N0} byte); phần sau được thêm vào sau khi ký.",
           $"Signature intact but it covers only part of the file ({CoveredBytes:N0}/{FileBytes:N0} bytes); the rest was added after signing.")
        : ("Chữ ký nguyên vẹn.", "Signature intact.");

    private (string Vi, string En) TrustText => Trust switch
    {
        CertificateTrust.Trusted when CertificateExpiredWhenSigned => ("Chứng thư tin cậy nhưng đã hết hạn khi ký.", "The certificate is trusted but had expired when signing."),
        CertificateTrust.Trusted => ("Chứng thư số được tin cậy.", "The certificate is trusted."),
        CertificateTrust.Untrusted => ($"Chứng thư số không được tin cậy: {TrustProblem}.", $"The certificate is not trusted: {TrustProblem}."),
        _ => ("Chứng thư số chưa được kiểm tra với chứng thư gốc tin cậy.", "Certificate not checked against a trusted root."),
    };
}
