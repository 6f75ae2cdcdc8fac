using System.Collections.Concurrent;
using System.Net;

namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// Failed sign-ins counted per user name and per client address over a sliding window; past the limit the login form
/// and <c>POST /api/auth/token</c> answer 429 until the window has moved on. Identity's lockout guards a known account;
/// this also guards names that do not exist and one address trying many names (password spraying). Successful
/// sign-ins are not counted, so an office behind one NAT address is not stopped by its own colleagues.
/// In memory, per process: a restart forgets, which only ever errs on the side of letting a user in.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int PerUser = 10;
    public const int PerAddress = 30;
    private const int MaxKeys = 100_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>How long until this user name from this address may try again; null when it may try now.</summary>
    public TimeSpan? RetryAfter(string? userName, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        TimeSpan? wait = null;
        foreach (var (key, limit) in Keys(userName, address))
            if (_failures.TryGetValue(key, out var times))
                lock (times)
                {
                    Prune(times, now);
                    if (times.Count >= limit)
                    {
                        var until = times.Peek() + Window - now;
                        if (wait is null || until > wait) wait = until;
                    }
                }
        return wait;
    }

    public void Failed(string? userName, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > MaxKeys) Sweep(now);
        foreach (var (key, _) in Keys(userName, address))
        {
            var times = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (times)
            {
                Prune(times, now);
                times.Enqueue(now);
            }
        }
    }

    /// <summary>The refusal, in the user's language, with the minutes to wait.</summary>
    public static string Message(TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return Ui.T($"Đăng nhập sai quá nhiều lần; thử lại sau {minutes} phút.", $"Too many failed sign-ins; try again in {minutes} minutes.");
    }

    private static IEnumerable<(string Key, int Limit)> Keys(string? userName, IPAddress? address)
    {
        if (!string.IsNullOrWhiteSpace(userName)) yield return ("u:" + userName.Trim().ToUpperInvariant(), PerUser);
        if (address is not null) yield return ("a:" + address, PerAddress);
    }

    private static void Prune(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + Window <= now) times.Dequeue();
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, times) in _failures)
            lock (times)
            {
                Prune(times, now);
                if (times.Count == 0) _failures.TryRemove(key, out _);
            }
    }
}
