using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Loading;

/// <summary>One content file as read: where it is, its slug, and what parsing gave.</summary>
internal sealed record LoadedFile<T>(string Path, string Slug, ParseResult<T> Result) where T : class;
