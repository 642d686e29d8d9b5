namespace CareerGuide.Content.Model;

/// <summary>
/// HTML produced by the content parser from Markdown with raw HTML disabled and unsafe links removed,
/// so the web layer may write it out as it is. Nothing else should construct one from user text.
/// </summary>
/// <param name="Value">The HTML markup.</param>
public readonly record struct RenderedHtml(string Value)
{
    /// <summary>No prose.</summary>
    public static RenderedHtml Empty { get; } = new(string.Empty);

    /// <summary>True when there is no prose.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
