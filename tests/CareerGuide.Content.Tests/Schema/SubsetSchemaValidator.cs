using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CareerGuide.Content.Tests.Schema;

/// <summary>
/// A JSON Schema (2020-12) checker for exactly the keywords content/schema uses. JsonSchema.Net cannot be
/// restored here (its dependency JsonPointer.Net is missing from the package source), so this stands in;
/// <see cref="SchemaAgreementTests.The_schemas_use_only_keywords_this_checker_implements"/> fails if a schema
/// ever uses a keyword this class would silently ignore.
/// </summary>
internal sealed class SubsetSchemaValidator(JsonObject schema)
{
    public static readonly IReadOnlySet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "$id", "title", "description", "$defs", "$ref", "type", "properties", "required",
        "additionalProperties", "items", "minItems", "maxItems", "minLength", "minimum", "maximum", "enum", "pattern", "oneOf", "anyOf",
    };

    /// <summary>Every violation, as "path: what", empty when the instance is valid.</summary>
    public List<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Check(schema, instance, "$", errors);
        return errors;
    }

    private void Check(JsonObject s, JsonNode? value, string path, List<string> errors)
    {
        if (s["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>().Replace("#/$defs/", string.Empty, StringComparison.Ordinal);
            Check((JsonObject)schema["$defs"]![name]!, value, path, errors);
        }
        if (s["oneOf"] is JsonArray options)
        {
            var valid = options.Count(o => { var e = new List<string>(); Check((JsonObject)o!, value, path, e); return e.Count == 0; });
            if (valid != 1) errors.Add($"{path}: matches {valid} of the {options.Count} allowed forms, not exactly one");
        }
        if (s["anyOf"] is JsonArray alternatives && !alternatives.Any(o => { var e = new List<string>(); Check((JsonObject)o!, value, path, e); return e.Count == 0; }))
            errors.Add($"{path}: matches none of the {alternatives.Count} allowed forms");
        if (s["type"] is JsonValue type && !HasType(value, type.GetValue<string>()))
        {
            errors.Add($"{path}: expected {type.GetValue<string>()}");
            return;
        }
        if (s["enum"] is JsonArray choices && !choices.Any(c => JsonNode.DeepEquals(c, value)))
            errors.Add($"{path}: not one of {choices.ToJsonString()}");
        if (value is JsonValue scalar)
        {
            if (scalar.TryGetValue<string>(out var text))
            {
                if (s["minLength"] is JsonValue min && text.Length < min.GetValue<int>()) errors.Add($"{path}: too short");
                if (s["pattern"] is JsonValue pattern && !Regex.IsMatch(text, pattern.GetValue<string>())) errors.Add($"{path}: does not match {pattern}");
            }
            else if (IsNumber(scalar))
            {
                var number = Number(scalar);
                if (s["minimum"] is JsonValue minimum && number < minimum.GetValue<double>()) errors.Add($"{path}: below minimum");
                if (s["maximum"] is JsonValue maximum && number > maximum.GetValue<double>()) errors.Add($"{path}: above maximum");
            }
        }
        if (value is JsonArray array)
        {
            if (s["minItems"] is JsonValue minItems && array.Count < minItems.GetValue<int>()) errors.Add($"{path}: too few items");
            if (s["maxItems"] is JsonValue maxItems && array.Count > maxItems.GetValue<int>()) errors.Add($"{path}: too many items");
            if (s["items"] is JsonObject items)
            {
                for (var i = 0; i < array.Count; i++) Check(items, array[i], $"{path}[{i}]", errors);
            }
        }
        if (value is JsonObject obj)
        {
            var properties = s["properties"] as JsonObject;
            foreach (var required in (s["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
            {
                if (!obj.ContainsKey(required)) errors.Add($"{path}: missing {required}");
            }
            foreach (var (key, child) in obj)
            {
                if (properties?[key] is JsonObject propertySchema) Check(propertySchema, child, $"{path}.{key}", errors);
                else if (s["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>()) errors.Add($"{path}: unknown property {key}");
            }
        }
    }

    private static bool IsNumber(JsonValue value) => value.TryGetValue<double>(out _) || value.TryGetValue<long>(out _);

    // Values built in memory keep their .NET type (a long is not readable as a double), parsed ones do not.
    private static double Number(JsonValue value) => value.TryGetValue<long>(out var whole) ? whole : value.GetValue<double>();

    private static bool HasType(JsonNode? value, string type) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.TryGetValue<string>(out _),
        "boolean" => value is JsonValue v && v.TryGetValue<bool>(out _),
        "integer" => value is JsonValue v && v.TryGetValue<long>(out _),
        "number" => value is JsonValue v && IsNumber(v),
        _ => throw new NotSupportedException($"type {type}"),
    };
}
