using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HuuNghi.Web.Infrastructure;

namespace HuuNghi.Web.Pages.Documents;

/// <summary>
/// Files read but not yet stored, waiting for the officer to confirm or correct what the parser found. Kept in
/// the data folder (not in the form, not in memory), one folder per user, so a restart or a second tab loses
/// nothing and nobody sees another user's uploads. Left unconfirmed for two days, they are dropped.
/// </summary>
public sealed class PendingUploads(HuuNghiSettings settings, TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(2);

    public sealed record Pending(string Token, string FileName, int? OwnerUnitId, DateTime HeldAt);

    public async Task<string> HoldAsync(string user, string fileName, byte[] content, int? ownerUnitId, CancellationToken ct)
    {
        var folder = Directory.CreateDirectory(FolderOf(user)).FullName;
        DropExpired(folder);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await File.WriteAllBytesAsync(Path.Combine(folder, token + ".bin"), content, ct);
        var meta = new Pending(token, Path.GetFileName(fileName), ownerUnitId, clock.GetUtcNow().UtcDateTime);
        await File.WriteAllTextAsync(Path.Combine(folder, token + ".json"), JsonSerializer.Serialize(meta), ct);
        return token;
    }

    public IReadOnlyList<Pending> List(string user)
    {
        var folder = FolderOf(user);
        if (!Directory.Exists(folder)) return [];
        DropExpired(folder);
        return Directory.GetFiles(folder, "*.json").Select(f => Read(f)).OfType<Pending>().OrderBy(p => p.HeldAt).ToList();
    }

    /// <summary>The held file of this user, or null when the token is not theirs, malformed or gone.</summary>
    public async Task<(Pending Meta, byte[] Content)?> FindAsync(string user, string token, CancellationToken ct)
    {
        if (!IsToken(token)) return null;
        var folder = FolderOf(user);
        var meta = Read(Path.Combine(folder, token + ".json"));
        var bytes = Path.Combine(folder, token + ".bin");
        if (meta is null || !File.Exists(bytes)) return null;
        return (meta, await File.ReadAllBytesAsync(bytes, ct));
    }

    public void Release(string user, string token)
    {
        // A user who never held a file has no folder, and File.Delete throws for a missing folder (not for a missing file).
        if (!IsToken(token) || !Directory.Exists(FolderOf(user))) return;
        foreach (var ext in new[] { ".bin", ".json" }) File.Delete(Path.Combine(FolderOf(user), token + ext));
    }

    private string FolderOf(string user) => Path.Combine(settings.Database.DataDirectory, "uploads",
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user)))[..24].ToLowerInvariant());

    private static bool IsToken(string token) => token.Length == 32 && token.All(char.IsAsciiHexDigitLower);

    private static Pending? Read(string metaFile)
    {
        try { return File.Exists(metaFile) ? JsonSerializer.Deserialize<Pending>(File.ReadAllText(metaFile)) : null; }
        catch (JsonException) { return null; }
    }

    private void DropExpired(string folder)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - KeptFor;
        foreach (var file in Directory.GetFiles(folder).Where(f => File.GetLastWriteTimeUtc(f) < cutoff)) File.Delete(file);
    }
}
