using System.Text.Json;
using System.Text.RegularExpressions;
using HuuNghi.Core.Common;

namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// Turns a request the minimal-API binder could not read (JSON that does not parse, a wrong type, 2023-02-30, an
/// unknown enum name, 2^31, a missing body or query value, an oversize file) into the same field error a handler's
/// validation gives, so /api answers one ProblemDetails shape in the user's language.
/// </summary>
public static partial class BindingErrors
{
    /// <summary>The field error for a binding failure; the status stays the binder's (400, 413, 415).</summary>
    public static ValidationFailedException ToValidation(BadHttpRequestException bad, long maxUploadBytes)
    {
        if (Find<JsonException>(bad) is { } json)
        {
            // Syntax and conversion errors look alike from here; both name where the reader stopped.
            var field = FieldOf(json.Path);
            var at = json.LineNumber is { } line ? $" ({line + 1}:{json.BytePositionInLine + 1})" : "";
            return new ValidationFailedException(field, new Localized(
                $"Giá trị của '{field}' không hợp lệ: JSON sai cú pháp, sai kiểu, ngày không có thật, tên không có trong danh sách hoặc số ngoài giới hạn{at}.",
                $"The value of '{field}' is not valid: malformed JSON, a wrong type, a date that does not exist, an unknown name or a number out of range{at}."));
        }
        if (Find<InvalidDataException>(bad) is not null || bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return new ValidationFailedException("file", new Localized($"Tệp lớn hơn {maxUploadBytes / 1024 / 1024} MB.",
                $"The file is larger than {maxUploadBytes / 1024 / 1024} MB."));
        var parameter = bad.Message.Contains("from body", StringComparison.Ordinal) ? "body"
            : ParameterName().Match(bad.Message) is { Success: true } m ? m.Groups[1].Value : "body";
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return new ValidationFailedException("body", new Localized("Nội dung phải là JSON (Content-Type: application/json).",
                "The body must be JSON (Content-Type: application/json)."));
        return bad.Message.Contains("was not provided", StringComparison.Ordinal)
            ? new ValidationFailedException(parameter, new Localized($"Thiếu '{parameter}'.", $"'{parameter}' is missing."))
            : new ValidationFailedException(parameter, new Localized($"Giá trị của '{parameter}' không hợp lệ.", $"The value of '{parameter}' is not valid."));
    }

    /// <summary>"$.sourceIds[0]" → "sourceIds[0]"; the body itself when the path names no field.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is T t) return t;
        return null;
    }

    // The binder names the parameter as "Type name" in quotes: Required parameter "int version" was not provided…
    [GeneratedRegex("parameter \"(?:[^\"]* )?([A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterName();
}
