using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Cli;

/// <summary>One invocation of a command: its parsed values, Core's services in a scope, and the output.</summary>
internal sealed class CommandRun(ParseResult parse, CliContext cli, IServiceProvider services, DatabaseTarget target)
{
    /// <summary>camelCase, dates as yyyy-MM-dd, Vietnamese left readable instead of \u-escaped.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public DatabaseTarget Target { get; } = target;
    public TextWriter Out => cli.Out;
    public bool Json => parse.GetValue(cli.Json);

    public T? Get<T>(Option<T> option) => parse.GetValue(option);
    public T? Get<T>(Argument<T> argument) => parse.GetValue(argument);
    public T Service<T>() where T : notnull => services.GetRequiredService<T>();

    /// <summary>
    /// A date option. Parsed here rather than by the parser because the contract calls a bad date bad input
    /// (exit 1 with a message), not a usage error.
    /// </summary>
    public DateOnly? Date(Option<string?> option)
    {
        var text = parse.GetValue(option);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw new ValidationFailedException(option.Name, new Localized(
            $"Ngày '{text}' của {option.Name} không hợp lệ: dùng yyyy-MM-dd hoặc dd/MM/yyyy.",
            $"The date '{text}' given to {option.Name} is not valid: use yyyy-MM-dd or dd/MM/yyyy."));
    }

    /// <summary>JSON when <c>--json</c> was given, the human rendering otherwise.</summary>
    public async Task PrintAsync<T>(T value, Action<TextWriter> human)
    {
        if (Json) await Out.WriteLineAsync(JsonSerializer.Serialize(value, JsonOptions));
        else human(Out);
    }

    /// <summary>A unit option: an id, a code or a name (<see cref="Core.Features.OrgUnits.FindOrgUnit"/>); null when not given.</summary>
    public async Task<int?> UnitAsync(Option<string?> option, CancellationToken ct)
    {
        var text = parse.GetValue(option);
        return string.IsNullOrWhiteSpace(text) ? null : await Service<Core.Features.OrgUnits.FindOrgUnit>().HandleAsync(text, ct);
    }

    public async Task<int> RequiredUnitAsync(Option<string?> option, CancellationToken ct) =>
        await UnitAsync(option, ct) ?? throw new ValidationFailedException(option.Name, new Localized($"Thiếu {option.Name}.", $"{option.Name} is required."));

    /// <summary>The help text of every unit option, so all commands say the same.</summary>
    public static Option<string?> UnitOption(string name, string vi, string en, bool required = false) => new(name)
    {
        Description = $"{vi}: mã số, mã hoặc tên đơn vị / {en}: the unit's id, code or name",
        HelpName = "unit",
        Required = required,
    };

    public static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "…";
}
