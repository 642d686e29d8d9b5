using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Loading;

/// <summary>One content file as read: where it is, its slug, when it changed, and what parsing gave.</summary>
internal sealed record LoadedFile<T>(string Path, string Slug, DateTimeOffset Modified, ParseResult<T> Result) where T : class;
