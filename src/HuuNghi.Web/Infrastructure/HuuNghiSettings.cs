using HuuNghi.Core.Data;

namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// The app's settings, read once at start-up from the command line and environment (the contract's names:
/// <c>--db</c>, <c>HUUNGHI_DATA</c>, <c>HUUNGHI_DEMO</c>, <c>HUUNGHI_ADMIN_PASSWORD</c>). A bad value stops
/// the start with a message saying which one.
/// </summary>
public sealed record HuuNghiSettings(DatabaseTarget Database, bool Demo, string? AdminPassword, TimeSpan TokenLifetime, long MaxUploadBytes,
    Core.Features.Documents.TrustedRoots TrustedRoots)
{
    public static HuuNghiSettings From(IConfiguration configuration)
    {
        var demo = configuration["HUUNGHI_DEMO"] is "1" or "true" or "yes";
        var hours = configuration.GetValue("HUUNGHI_TOKEN_HOURS", 8.0);
        if (hours is <= 0 or > 24 * 30)
            throw new InvalidOperationException($"HUUNGHI_TOKEN_HOURS must be between 0 and 720, got {hours}.");
        var maxUploadMb = configuration.GetValue("HUUNGHI_MAX_UPLOAD_MB", 20L);
        if (maxUploadMb is <= 0 or > 2048)
            throw new InvalidOperationException($"HUUNGHI_MAX_UPLOAD_MB must be between 1 and 2048, got {maxUploadMb}.");
        return new HuuNghiSettings(
            DatabaseTarget.Resolve(configuration["db"], configuration["HUUNGHI_DATA"]),
            demo,
            configuration["HUUNGHI_ADMIN_PASSWORD"],
            TimeSpan.FromHours(hours),
            maxUploadMb * 1024 * 1024,
            TrustedRootsFrom(configuration["HUUNGHI_TRUSTED_ROOTS"]));
    }

    /// <summary>The roots signatures are checked against: a PEM/DER file or a folder of them; none when unset.</summary>
    private static Core.Features.Documents.TrustedRoots TrustedRootsFrom(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return Core.Features.Documents.TrustedRoots.None;
        try { return Core.Features.Documents.TrustedRoots.Load(path); }
        catch (Core.Common.DomainException e) { throw new InvalidOperationException($"HUUNGHI_TRUSTED_ROOTS: {e.Localized.En}"); }
    }
}
