package io.github.ampark.core.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ampark.core.Nullable;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;

/**
 * Reads JSON text into the tree {@link AmparkJson#newMapper()}'s {@code readTree} gives, without
 * an {@code ObjectMapper}: building a mapper loads some 250 classes (its serializer, deserializer
 * and type machinery; 120–170 ms of a cold start measured in S4), and an answer read by a
 * hand-written {@link DataReader} needs none of them. The parser comes from a plain {@link
 * JsonFactory} with the mapper's (default) parser settings, so what is refused, and the stream
 * read constraints of the Jackson in use, are the same.
 *
 * <p>The tree is the mapper's, node for node: the first JSON value only (the mapper does not check
 * for trailing tokens either); integers as {@code IntNode}, {@code LongNode} or {@code
 * BigIntegerNode} by size; every other number as a {@code DecimalNode} ({@code
 * USE_BIG_DECIMAL_FOR_FLOATS}), with trailing zeros stripped as the default node factory does
 * ({@code 1.50} → {@code 1.5}), or kept with {@code exactDecimals} (a mapper with {@code
 * JsonNodeFactory.withExactBigDecimals(true)}); a repeated field keeps its first position and its
 * last value; empty input is the missing node. {@code JsonTreesMatchJackson} pins all of it
 * against the mapper. Containers are built with an explicit stack, so deep nesting costs memory
 * in proportion to the body, never the thread's stack.
 */
final class JsonTrees {
  /** Parsers only; the mapper's parser features are Jackson's defaults, and so are these. */
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTrees() {}

  static JsonNode read(byte[] body, boolean exactDecimals) throws IOException {
    try (JsonParser p = FACTORY.createParser(body)) {
      return read(p, exactDecimals);
    }
  }

  static JsonNode read(String text, boolean exactDecimals) throws IOException {
    try (JsonParser p = FACTORY.createParser(text)) {
      return read(p, exactDecimals);
    }
  }

  private static JsonNode read(JsonParser p, boolean exact) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      return MissingNode.getInstance();
    }
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return scalar(p, t, exact);
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ContainerNode<?> root = t == JsonToken.START_OBJECT ? new ObjectNode(nodes) : new ArrayNode(nodes);
    // the open containers above the current one, and the field each will be put under
    ArrayList<ContainerNode<?>> parents = new ArrayList<>();
    ArrayList<String> parentFields = new ArrayList<>();
    ContainerNode<?> current = root;
    String field = null;
    while (true) {
      t = p.nextToken();
      if (t == null) {
        throw new JsonParseException(p, "Unexpected end-of-input in a JSON container");
      }
      switch (t) {
        case FIELD_NAME:
          field = p.currentName();
          break;
        case START_OBJECT:
        case START_ARRAY:
          parents.add(current);
          parentFields.add(field);
          current = t == JsonToken.START_OBJECT ? new ObjectNode(nodes) : new ArrayNode(nodes);
          field = null;
          break;
        case END_OBJECT:
        case END_ARRAY:
          if (parents.isEmpty()) {
            return root;
          }
          ContainerNode<?> done = current;
          current = parents.remove(parents.size() - 1);
          field = parentFields.remove(parentFields.size() - 1);
          add(current, field, done);
          break;
        default:
          add(current, field, scalar(p, t, exact));
          break;
      }
    }
  }

  private static void add(ContainerNode<?> container, @Nullable String field, JsonNode value) {
    if (container instanceof ObjectNode) {
      // a repeated name: the last value, in the first one's place (LinkedHashMap.put), as the mapper does
      ((ObjectNode) container).replace(field, value);
    } else {
      ((ArrayNode) container).add(value);
    }
  }

  private static JsonNode scalar(JsonParser p, JsonToken t, boolean exact) throws IOException {
    switch (t) {
      case VALUE_STRING:
        return TextNode.valueOf(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return IntNode.valueOf(p.getIntValue());
          case LONG:
            return LongNode.valueOf(p.getLongValue());
          default:
            return BigIntegerNode.valueOf(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(exact ? p.getDecimalValue() : stripped(p.getDecimalValue()));
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.getInstance();
      default:
        // JSON text has no other value token (embedded objects come from other formats)
        throw new JsonParseException(p, "Unexpected token " + t);
    }
  }

  /** {@code 1.50} → {@code 1.5}, {@code 0.00} → {@code 0}, as the mapper's default node factory reads them. */
  private static BigDecimal stripped(BigDecimal d) {
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    try {
      return d.stripTrailingZeros();
    } catch (ArithmeticException e) {
      return d; // the scale would overflow: Jackson keeps the number as written too
    }
  }
}
