using System.Globalization;

namespace HuuNghi.Core.Common;

/// <summary>
/// A message in both languages the product speaks. Pages pick one by the request culture; the CLI prints
/// both, because a terminal has no language switch.
/// </summary>
public sealed record Localized(string Vi, string En)
{
    public string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? En : Vi;
    public string Both => Vi == En ? Vi : $"{Vi} / {En}";
    public override string ToString() => Current;
}
