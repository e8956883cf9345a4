package io.github.ampark.core.spi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson setup every Ampark client uses, so that what goes on the wire is predictable:
 *
 * <ul>
 *   <li>unknown fields in responses are ignored (vendors add fields);
 *   <li>numbers arriving as strings and strings arriving as numbers are accepted (sources
 *       disagree);
 *   <li>decimals are read as {@link java.math.BigDecimal} and written in plain notation (never
 *       {@code 1.25E0});
 *   <li>non-ASCII text is written as raw UTF-8 and {@code /} is not escaped — what vendors that
 *       sign JSON text re-serialise on their side;
 *   <li>{@code null} fields are left out of request bodies.
 * </ul>
 */
public final class AmparkJson {
  private AmparkJson() {}

  /**
   * A new mapper with Ampark's settings; configure further as needed.
   *
   * @return a new mapper with Ampark's settings; configure further as needed
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }

  /**
   * A new Jackson {@code JsonFactory} whose parsers and generators behave as those of {@link
   * #newMapper()} (decimals written in plain notation, non-ASCII text as raw UTF-8, {@code /} not
   * escaped), for a module that reads or writes JSON token by token: it costs a cold start a few
   * dozen classes where a mapper costs some 250. {@code AmparkJsonFactoryMatchJackson} pins that
   * both write the same bytes.
   *
   * @return a new factory with the generator and parser settings of {@link #newMapper()}
   */
  public static JsonFactory newFactory() {
    return JsonFactory.builder()
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .build();
  }

  /**
   * JSON text as the tree {@link #newMapper()}'s {@code readTree} gives, node for node (decimals
   * with trailing zeros stripped, a repeated field's last value, the missing node for empty text),
   * without making a mapper.
   *
   * @param json JSON text
   * @return the tree of its first value; the missing node if it holds none
   * @throws java.io.IOException if the text is not JSON
   */
  public static com.fasterxml.jackson.databind.JsonNode readTree(String json) throws java.io.IOException {
    return JsonTrees.read(json, false);
  }

  /*
   * '/' stays unescaped without naming JsonWriteFeature.ESCAPE_FORWARD_SLASHES: that constant only
   * exists from Jackson 2.17 on (off by default in every 2.x), and naming it would break with a
   * NoSuchFieldError on the Jackson 2.13 that Spring Boot 2.7 brings. AmparkJsonTest pins the
   * behaviour on whatever Jackson the build uses; the compat/ projects run it on 2.13, 2.19 and 2.20+.
   */

  /**
   * A field of a vendor's JSON answer as text, the one rule every module reads optional text by:
   * {@code null} when the field is missing, JSON {@code null}, not a scalar (an object or array),
   * or blank; otherwise the scalar's text ({@code 1001} for the number 1001).
   *
   * @param object the JSON object (any node; a non-object has no fields)
   * @param field the field name
   * @return the text, or {@code null}
   */
  public static @io.github.ampark.core.Nullable String text(com.fasterxml.jackson.databind.JsonNode object, String field) {
    com.fasterxml.jackson.databind.JsonNode n = object.get(field);
    if (n == null || n.isNull() || !n.isValueNode()) {
      return null;
    }
    String s = n.asText();
    return s.trim().isEmpty() ? null : s;
  }
}
