package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AnswerValues.MAPPER;
import static io.github.ampark.core.testing.AnswerValues.REFUSED;
import static io.github.ampark.core.testing.AnswerValues.outcome;
import static io.github.ampark.core.testing.AnswerValues.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.testing.AnswerValues;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link AnswerFields} reads every field as Jackson's binding with {@link AmparkJson#newMapper()}
 * reads it into a field of the same Java type: the same value, or a refusal on both sides, for
 * numbers as text, padded, signed, fractional, out of range, in other scripts, blanks, booleans,
 * objects and arrays, and a missing field.
 */
class AnswerFieldsMatchJackson {
  public static final class TextField {
    public String v;
  }

  public static final class LongField {
    public Long v;
  }

  public static final class IntegerField {
    public Integer v;
  }

  public static final class DecimalField {
    public BigDecimal v;
  }

  @Provide
  Arbitrary<String> values() {
    return AnswerValues.values();
  }

  @Property(tries = 3000)
  void textReadsAsJacksonBindsAString(@ForAll("values") String value) {
    same(value, TextField.class, AnswerFields::text);
  }

  @Property(tries = 3000)
  void wholeNumberReadsAsJacksonBindsALong(@ForAll("values") String value) {
    same(value, LongField.class, AnswerFields::wholeNumber);
  }

  @Property(tries = 3000)
  void smallWholeNumberReadsAsJacksonBindsAnInteger(@ForAll("values") String value) {
    same(value, IntegerField.class, AnswerFields::smallWholeNumber);
  }

  @Property(tries = 3000)
  void decimalReadsAsJacksonBindsABigDecimal(@ForAll("values") String value) {
    same(value, DecimalField.class, AnswerFields::decimal);
  }

  @Example
  void aMissingFieldReadsAsNullForEveryKind() {
    for (String json : new String[] {"{}", "[1]", "\"x\"", "7"}) {
      JsonNode n = tree(json);
      assertThat(AnswerFields.text(n, "v")).isNull();
      assertThat(AnswerFields.wholeNumber(n, "v")).isNull();
      assertThat(AnswerFields.smallWholeNumber(n, "v")).isNull();
      assertThat(AnswerFields.decimal(n, "v")).isNull();
    }
  }

  @Example
  void aRefusalNamesTheFieldAndNeverCarriesItsValue() {
    JsonNode n = tree("{\"card_no\":\"6222021234567890\"}");
    assertThatThrownBy(() -> AnswerFields.decimal(tree("{\"card_no\":\"secret-ish 62220\"}"), "card_no"))
        .isInstanceOf(AnswerFields.Mismatch.class)
        .hasMessage("'card_no' is not a decimal number")
        .hasMessageNotContaining("62220");
    assertThatThrownBy(() -> AnswerFields.required("order_no", AnswerFields.text(n, "order_no")))
        .isInstanceOfSatisfying(AnswerFields.Mismatch.class, e -> assertThat(e.field()).isEqualTo("order_no"))
        .hasMessage("'order_no' is missing");
  }

  @Example
  void aWholeNumberTruncatesAJsonFractionButRefusesOneSentAsText() {
    assertThat(AnswerFields.wholeNumber(tree("{\"v\":1.9}"), "v")).isEqualTo(1L);
    assertThat(AnswerFields.wholeNumber(tree("{\"v\":-1.9}"), "v")).isEqualTo(-1L);
    assertThatThrownBy(() -> AnswerFields.wholeNumber(tree("{\"v\":\"1.9\"}"), "v")).isInstanceOf(AnswerFields.Mismatch.class);
  }

  private static void same(String value, Class<?> holder, BiFunction<JsonNode, String, Object> read) {
    JsonNode object = tree("{\"v\":" + value + "}");
    Object jackson = outcome(() -> {
      Object h = MAPPER.readerFor(holder).readValue(MAPPER.treeAsTokens(object));
      try {
        return java.util.Optional.ofNullable(holder.getField("v").get(h));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    });
    Object mine = outcome(() -> java.util.Optional.ofNullable(read.apply(object, "v")));
    assertThat(mine).as("%s into %s", value, holder.getSimpleName()).isEqualTo(jackson);
    if (jackson == REFUSED) {
      assertThatThrownBy(() -> read.apply(object, "v")).isInstanceOf(AnswerFields.Mismatch.class);
    }
  }
}
