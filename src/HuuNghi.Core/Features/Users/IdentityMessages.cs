using HuuNghi.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace HuuNghi.Core.Features.Users;

/// <summary>
/// Identity's own error texts are English only; the rules it enforces (password length, digits…) are worded here
/// in both languages, so an administrator resetting a password reads why it was refused in their language.
/// </summary>
public static class IdentityMessages
{
    public static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (result.Succeeded) return;
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            throw StaleEdit();
        throw new ValidationFailedException(new Dictionary<string, Localized[]> { [field] = result.Errors.Select(Describe).ToArray() });
    }

    public static ConflictException StaleEdit() => new(new Localized(
        "Người dùng này vừa được người khác sửa; hãy tải lại trang và sửa lại.",
        "Someone else has just changed this user; reload the page and make your change again."));

    private static Localized Describe(IdentityError e) => e.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => new("Mật khẩu quá ngắn (ít nhất 8 ký tự).", "The password is too short (8 characters at least)."),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new("Mật khẩu phải có ít nhất một chữ số.", "The password needs at least one digit."),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => new("Mật khẩu phải có ít nhất một chữ thường.", "The password needs at least one lower-case letter."),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => new("Mật khẩu phải có ít nhất một chữ hoa.", "The password needs at least one upper-case letter."),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => new("Mật khẩu phải có ít nhất một ký tự đặc biệt.", "The password needs at least one symbol."),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => new("Mật khẩu cần nhiều ký tự khác nhau hơn.", "The password needs more different characters."),
        _ => new($"Không thực hiện được: {e.Description}", $"Could not be done: {e.Description}"),
    };
}
