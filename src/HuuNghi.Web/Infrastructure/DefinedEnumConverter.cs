using System.Text.Json;
using System.Text.Json.Serialization;

namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// Enums in /api bodies by name or by number, as before, but only values the enum defines: a 99 that would be
/// stored "as if valid" fails to bind and is answered as a field error (BindingErrors).
/// </summary>
public sealed class DefinedEnumConverter : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _names = new();

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(Defined<>).MakeGenericType(typeToConvert), _names.CreateConverter(typeToConvert, options));

    private sealed class Defined<T>(JsonConverter inner) : JsonConverter<T> where T : struct, Enum
    {
        private readonly JsonConverter<T> _inner = (JsonConverter<T>)inner;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = _inner.Read(ref reader, typeToConvert, options);
            return Enum.IsDefined(value) ? value : throw new JsonException($"{value} is not a value of {typeof(T).Name}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _inner.Write(writer, value, options);

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            _inner.ReadAsPropertyName(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            _inner.WriteAsPropertyName(writer, value, options);
    }
}
