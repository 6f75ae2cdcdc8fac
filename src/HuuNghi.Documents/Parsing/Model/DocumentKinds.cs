namespace HuuNghi.Documents.Parsing.Model;

/// <summary>The contract's <c>kind</c> values.</summary>
public static class DocumentKinds
{
    public const string Directive = "directive";
    public const string Plan = "plan";
    public const string ActionProgram = "action-program";
    public const string Report = "report";
    public const string Dispatch = "dispatch";
    public const string Decision = "decision";
    public const string Decree = "decree";
    public const string Conclusion = "conclusion";
    public const string Resolution = "resolution";
    public const string Guidance = "guidance";
    public const string Notice = "notice";
    public const string Regulation = "regulation";
    public const string Scheme = "scheme";
    public const string Minutes = "minutes";
    public const string Agreement = "agreement";
    public const string Circular = "circular";
    public const string Other = "other";

    /// <summary>Kinds whose numbered items are assignable tasks.</summary>
    public static bool CarriesTasks(string kind) =>
        kind is Plan or ActionProgram or Dispatch or Decision or Scheme;
}
