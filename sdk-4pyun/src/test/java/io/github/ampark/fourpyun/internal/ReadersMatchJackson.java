package io.github.ampark.fourpyun.internal;

import static io.github.ampark.core.testing.AnswerValues.REFUSED;
import static io.github.ampark.core.testing.AnswerValues.assertReadsAsJackson;
import static io.github.ampark.core.testing.AnswerValues.outcome;
import static io.github.ampark.core.testing.AnswerValues.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.core.spi.AnswerFields;
import io.github.ampark.core.testing.AnswerValues;
import io.github.ampark.fourpyun.model.PaymentStatusResult;
import io.github.ampark.fourpyun.model.PreEnterResult;
import io.github.ampark.fourpyun.model.PrepayOutcome;
import io.github.ampark.fourpyun.model.PrepayResult;
import io.github.ampark.fourpyun.model.Receipt;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Every answer the module reads by hand reads as binding the model's Jackson annotations with
 * {@link AmparkJson#newMapper()} reads it — the same value, or a refusal on both sides — for
 * scalars of every kind in every field, missing and null fields, unknown and differently-cased
 * fields beside them, and data that is not an object (scalars, arrays of envelopes, {@code [null]};
 * never JSON {@code null} itself, which the pipeline refuses before any reader).
 * The charge's answer, which has never been bound by Jackson, keeps the module's own rule.
 */
class ReadersMatchJackson {
  /** Fields P云 puts in every envelope, and near-misses of real ones: both readers ignore them. */
  private static final List<String> NOISE = Arrays.asList("hint", "data_node", "time_cost", "Code", "SEQNO", "payValue");

  private static final String[] RECEIPT = {"code", "message", "seqno"};
  private static final String[] PRE_ENTER = {"code", "status", "status_desc", "charge_type", "seqno"};
  private static final String[] PAYMENT_STATUS =
      {"status", "pay_partner", "pay_value", "pay_serial", "pay_origin", "pay_origin_desc", "seqno"};
  private static final String[] PREPAY =
      {"code", "message", "pay_id", "pay_serial", "pay_origin", "pay_origin_desc", "seqno"};

  /** Data of every shape, built around objects over the type's fields. */
  static Arbitrary<JsonNode> data(String... fields) {
    String[] all = new String[fields.length + NOISE.size()];
    System.arraycopy(fields, 0, all, 0, fields.length);
    for (int i = 0; i < NOISE.size(); i++) {
      all[fields.length + i] = NOISE.get(i);
    }
    Arbitrary<JsonNode> bare = AnswerValues.objects(fields);
    Arbitrary<JsonNode> noisy = AnswerValues.objects(all);
    Arbitrary<JsonNode> arrays = Arbitraries.frequencyOf(Tuple.of(3, bare), Tuple.of(1, Arbitraries.just(tree("null"))))
        .list().ofMaxSize(3).map(items -> {
          ArrayNode a = AnswerValues.MAPPER.createArrayNode();
          items.forEach(a::add);
          return a;
        });
    Arbitrary<JsonNode> scalars = AnswerValues.values().map(AnswerValues::tree);
    // never JSON null itself: the pipeline answers "the response carries no data" before any reader
    return Arbitraries.<JsonNode>frequencyOf(
        Tuple.of(6, bare), Tuple.of(3, noisy), Tuple.of(1, arrays), Tuple.of(1, scalars),
        Tuple.of(1, Arbitraries.of("{}", "[]", "[null]", "[{}]", "[[]]", "\"\"", "\" \"", "0", "true").map(AnswerValues::tree)))
        .filter(d -> !d.isNull());
  }

  @Provide
  Arbitrary<JsonNode> receipts() {
    return data(RECEIPT);
  }

  @Provide
  Arbitrary<JsonNode> preEnters() {
    return data(PRE_ENTER);
  }

  @Provide
  Arbitrary<JsonNode> paymentStatuses() {
    return data(PAYMENT_STATUS);
  }

  @Provide
  Arbitrary<JsonNode> prepays() {
    return data(PREPAY);
  }

  @Property(tries = 2000)
  void aReceiptReadsAsJacksonBindsIt(@ForAll("receipts") JsonNode data) {
    assertReadsAsJackson(Receipt.class, Readers::receipt, data);
    bothOutcomesSeen(outcome(() -> Readers.receipt(data)));
  }

  @Property(tries = 2000)
  void aPreEnterResultReadsAsJacksonBindsIt(@ForAll("preEnters") JsonNode data) {
    assertReadsAsJackson(PreEnterResult.class, Readers::preEnter, data);
    bothOutcomesSeen(outcome(() -> Readers.preEnter(data)));
  }

  @Property(tries = 2000)
  void aPaymentStatusResultReadsAsJacksonBindsIt(@ForAll("paymentStatuses") JsonNode data) {
    assertReadsAsJackson(PaymentStatusResult.class, Readers::paymentStatus, data);
    bothOutcomesSeen(outcome(() -> Readers.paymentStatus(data)));
  }

  /** Both sides of the comparison are exercised: at least a tenth of the tries read a value, and a tenth refuse. */
  private static void bothOutcomesSeen(Object read) {
    Statistics.label("outcome").collect(read == REFUSED ? "refused" : "read");
    Statistics.label("outcome").coverage(c -> {
      c.check("read").percentage(p -> p > 10);
      c.check("refused").percentage(p -> p > 10);
    });
  }

  /**
   * The charge's answer was read from the tree before readers existed ({@code PrepayResult} has no
   * Jackson binding to compare with): paid exactly on {@code 1001}, every optional field by {@link
   * AmparkJson#text} (a blank, an object or an array is {@code null}), and never a refusal.
   */
  @Property(tries = 2000)
  void aPrepayResultReadsEveryOptionalFieldByTheModulesTextRule(@ForAll("prepays") JsonNode data) {
    Object read = outcome(() -> Readers.prepay(data));
    assertThat(read).isNotSameAs(REFUSED);
    PrepayResult r = (PrepayResult) read;
    String code = data.isObject() && data.has("code") && data.get("code").isValueNode() ? data.get("code").asText() : "";
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.outcome()).isEqualTo("1001".equals(code) ? PrepayOutcome.PAID : PrepayOutcome.ACCEPTED);
    assertThat(r.reconciled()).isFalse();
    assertThat(Arrays.asList(r.message(), r.payId(), r.paySerial(), r.payOrigin(), r.payOriginDesc(), r.seqno()))
        .containsExactly(
            AmparkJson.text(data, "message"), AmparkJson.text(data, "pay_id"), AmparkJson.text(data, "pay_serial"),
            AmparkJson.text(data, "pay_origin"), AmparkJson.text(data, "pay_origin_desc"), AmparkJson.text(data, "seqno"));
  }

  @Example
  void aMissingRequiredFieldIsRefusedNamingIt() {
    assertThatThrownBy(() -> Readers.receipt(tree("{\"message\":\"OK\"}")))
        .isInstanceOfSatisfying(AnswerFields.Mismatch.class, e -> assertThat(e.field()).isEqualTo("code"));
    assertThatThrownBy(() -> Readers.preEnter(tree("{\"code\":null,\"status\":\"1\"}")))
        .isInstanceOfSatisfying(AnswerFields.Mismatch.class, e -> assertThat(e.field()).isEqualTo("code"));
    assertThatThrownBy(() -> Readers.paymentStatus(tree("{\"code\":\"1001\",\"pay_partner\":\"P1\"}")))
        .isInstanceOfSatisfying(AnswerFields.Mismatch.class, e -> assertThat(e.field()).isEqualTo("status"));
  }

  @Example
  void aPayValueSentAsTextIsAWholeNumberOfFenAndAFractionSentAsTextIsRefused() {
    assertThat(Readers.paymentStatus(tree("{\"status\":\"1\",\"pay_value\":\" 1000 \"}")).payValueFen()).isEqualTo(1000L);
    assertThat(Readers.paymentStatus(tree("{\"status\":\"1\",\"pay_value\":\"\"}")).payValueFen()).isNull();
    assertThatThrownBy(() -> Readers.paymentStatus(tree("{\"status\":\"1\",\"pay_value\":\"10.5\"}")))
        .isInstanceOfSatisfying(AnswerFields.Mismatch.class, e -> assertThat(e.field()).isEqualTo("pay_value"))
        .hasMessage("'pay_value' is not a whole number");
  }

  @Example
  void aCodeSentAsANumberIsItsText() {
    Receipt r = Readers.receipt(tree("{\"code\":1001,\"message\":\"OK\",\"seqno\":\"abc\"}"));
    assertThat(r).isEqualTo(Receipt.builder().code("1001").message("OK").seqno("abc").build());
    PreEnterResult p = Readers.preEnter(tree("{\"code\":1001,\"status\":2,\"status_desc\":\"\"}"));
    assertThat(p.statusCode()).isEqualTo("2");
    assertThat(p.statusDesc()).isEmpty();
  }
}
