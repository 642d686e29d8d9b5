using CareerGuide.Content.Model;

namespace CareerGuide.Content.Parsing;

/// <summary>The YAML front matter of a content file, with the file line its first YAML line is on.</summary>
/// <param name="Yaml">The YAML text between the <c>---</c> fences.</param>
/// <param name="FirstLine">The 1-based file line of the first YAML line.</param>
internal sealed record FrontMatter(string Yaml, int FirstLine);

/// <summary>A part of the Markdown body: the prose under one <c>##</c> heading, or before the first.</summary>
/// <param name="Heading">The heading's text, or null for what precedes the first heading.</param>
/// <param name="Line">The 1-based file line of the heading (or of the first block).</param>
/// <param name="Column">The 1-based column of the heading.</param>
/// <param name="Html">The part rendered to HTML, without its heading.</param>
internal sealed record BodyPart(string? Heading, int Line, int Column, RenderedHtml Html);

/// <summary>A content file split into its front matter and its body parts.</summary>
internal sealed record MarkdownDocument(FrontMatter? FrontMatter, IReadOnlyList<BodyPart> Parts);
