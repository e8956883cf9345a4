package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.ampark.core.Nullable;
import java.io.IOException;

/**
 * Reads an optional model field (not API): a missing field, {@code null} or blank text is {@code
 * null} (Wikeyun sends {@code ""} for "none", e.g. {@code org_order_number} or {@code fanli});
 * anything else is read by the property type's own deserializer. Put on {@code @Nullable} model
 * accessors with {@code @JsonDeserialize(using = BlankAsNull.class)}.
 */
public final class BlankAsNull extends StdDeserializer<Object> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;
  private final @Nullable JsonDeserializer<Object> content;

  /** For Jackson. */
  public BlankAsNull() {
    this(null);
  }

  private BlankAsNull(@Nullable JsonDeserializer<Object> content) {
    super(Object.class);
    this.content = content;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
      throws JsonMappingException {
    if (property == null) {
      return this;
    }
    return new BlankAsNull(ctxt.findContextualValueDeserializer(property.getType(), property));
  }

  @Override
  public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING) && isBlank(p.getText())) {
      return null;
    }
    if (content == null) {
      return ctxt.handleUnexpectedToken(Object.class, p);
    }
    return content.deserialize(p, ctxt);
  }

  /**
   * The one rule for "empty" Wikeyun text, for Jackson and for {@link Readers}.
   *
   * @param text text as sent
   * @return whether it is empty once trimmed
   */
  static boolean isBlank(String text) {
    return text.trim().isEmpty();
  }
}
