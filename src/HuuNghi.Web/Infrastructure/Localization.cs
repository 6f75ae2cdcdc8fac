using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// Vietnamese first, English on request: <c>?culture=en</c> for one page (and remembered in a cookie), the
/// language switch in the header for good. Dates dd/MM/yyyy and numbers 7.136 come from the vi-VN culture.
/// </summary>
public static class Localization
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Vietnamese letters go into pages as letters, not as &amp;#x1EA1; entities.</summary>
    public static void AddHuuNghiLocalization(this IServiceCollection services)
    {
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            // The handlers say what is missing, in the user's language; MVC's own "The Name field is required." would
            // stand in English on a Vietnamese page, even on the first load of a form bound for GET.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            // What MVC says of a value that does not bind (a date like 31/02/2023, a word where a number goes), in the
            // page's language. The message stands beside its field, so it names the value rather than the property.
            var m = o.ModelBindingMessageProvider;
            string Invalid(string value) => Ui.T($"Giá trị «{value}» không hợp lệ: ngày viết dd/mm/yyyy, số viết 1.234 hoặc 1234.",
                $"The value '{value}' is not valid: write dates as dd/mm/yyyy and numbers as 1234.");
            m.SetAttemptedValueIsInvalidAccessor((value, _) => Invalid(value));
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(Invalid);
            m.SetValueIsInvalidAccessor(Invalid);
            m.SetUnknownValueIsInvalidAccessor(_ => Ui.T("Giá trị không hợp lệ.", "The value is not valid."));
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => Ui.T("Giá trị không hợp lệ.", "The value is not valid."));
            m.SetValueMustNotBeNullAccessor(_ => Ui.T("Cần nhập giá trị.", "A value is required."));
            m.SetMissingBindRequiredValueAccessor(_ => Ui.T("Cần nhập giá trị.", "A value is required."));
            m.SetMissingKeyOrValueAccessor(() => Ui.T("Cần nhập giá trị.", "A value is required."));
            m.SetMissingRequestBodyRequiredValueAccessor(() => Ui.T("Cần gửi nội dung.", "A request body is required."));
            m.SetValueMustBeANumberAccessor(_ => Ui.T("Cần nhập một số.", "A number is required."));
            m.SetNonPropertyValueMustBeANumberAccessor(() => Ui.T("Cần nhập một số.", "A number is required."));
        });
    }

    public static void UseHuuNghiLocalization(this WebApplication app)
    {
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Vietnamese),
            SupportedCultures = [Vietnamese, English],
            SupportedUICultures = [Vietnamese, English],
            RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
                new CookieRequestCultureProvider(),
            ],
            ApplyCurrentCultureToResponseHeaders = true,
        }.AddSupportedCultures("vi", "en").AddSupportedUICultures("vi", "en"));

        // Remember a ?culture= choice so the next page keeps the language.
        app.Use(async (ctx, next) =>
        {
            if (ctx.Request.Query.TryGetValue("culture", out var c) && c.ToString() is "vi" or "en")
                ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(c.ToString())),
                    new CookieOptions { IsEssential = true, MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax });
            await next();
        });
    }
}

/// <summary>The one text helper pages use: <c>@Ui.T("Đơn vị", "Units")</c>.</summary>
public static class Ui
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
    public static string T(string vi, string en) => IsEnglish ? en : vi;
    public static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
    public static string DateTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, VietnamTime).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
    public static string Number(long n) => n.ToString("#,##0", Localization.Vietnamese);

    /// <summary>A figure against the same figure earlier: "+12%", or "+5" where there was nothing to be a share of.</summary>
    public static string Change(long now, long before) =>
        before == 0 ? (now == 0 ? "—" : "+" + Number(now)) : ((now - before) * 100m / before).ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%";

    private static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
}
