package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.AmparkJson;
import java.io.IOException;
import java.util.Optional;

/**
 * The Jackson mapper of the Wikeyun client (not API): Ampark's settings, plus {@link Optional}
 * model fields read from their content type — a missing field, {@code null} or an empty string is
 * {@code Optional.empty()} (Wikeyun sends {@code ""} for "none", e.g. {@code org_order_number}).
 * This avoids a dependency on {@code jackson-datatype-jdk8} for the one thing the models need.
 */
public final class WikeyunJson {
  private WikeyunJson() {}

  /** @return a new mapper for the client */
  public static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("ampark-wikeyun-optional");
    module.setDeserializers(new SimpleDeserializers() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        if (type.getRawClass() == Optional.class) {
          return new OptionalDeserializer(type.containedTypeOrUnknown(0), null);
        }
        return null;
      }
    });
    ObjectMapper mapper = AmparkJson.newMapper();
    mapper.registerModule(module);
    return mapper;
  }

  /** Reads the content and wraps it; blank text and {@code null} are empty. */
  static final class OptionalDeserializer extends StdDeserializer<Optional<?>> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final JavaType contentType;
    private final @Nullable JsonDeserializer<Object> content;

    OptionalDeserializer(JavaType contentType, @Nullable JsonDeserializer<Object> content) {
      super(Optional.class);
      this.contentType = contentType;
      this.content = content;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      return new OptionalDeserializer(contentType, ctxt.findContextualValueDeserializer(contentType, property));
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonDeserializer<Object> d = content != null ? content : ctxt.findRootValueDeserializer(contentType);
      Object value = d.deserialize(p, ctxt);
      if (value instanceof String && ((String) value).trim().isEmpty()) {
        return Optional.empty();
      }
      return Optional.ofNullable(value);
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
      return Optional.empty();
    }
  }
}
