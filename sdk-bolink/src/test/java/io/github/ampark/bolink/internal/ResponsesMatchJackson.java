package io.github.ampark.bolink.internal;

import static io.github.ampark.core.testing.AnswerValues.MAPPER;
import static io.github.ampark.core.testing.AnswerValues.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ampark.bolink.model.HistoryOrder;
import io.github.ampark.bolink.model.OrderPage;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.core.spi.Redactor;
import io.github.ampark.core.testing.AnswerValues;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Responses} reads every answer as the former Jackson path ({@link JacksonResponses}: the
 * envelope tree bound into public-field wire classes, then mapped) read it: the same result, with
 * the same {@code fields()}, or a refusal on both sides — over envelopes whose fields hold numbers
 * as text, padded, signed, fractional, out of range, in other scripts, blanks, booleans, objects
 * and arrays, and whose {@code data} is a list, a single object where a list belongs, a list with
 * null, scalar or nested-list elements, a scalar, or missing.
 *
 * <p>Where the two differ on purpose, the property leaves out exactly that case and an example
 * pins the new behaviour: a 4.1 {@code data} that is one object (Jackson's binding read it as a list
 * of one, then the mapping failed with a NullPointerException; now it is that list of one).
 */
class ResponsesMatchJackson {
  static final String OP = "op";
  static final String[] ACK = {"state", "errmsg", "message"};
  static final String[] ORDER = {"order_id", "park_id", "car_number", "trade_no", "in_time", "out_time", "total", "pay_type"};
  static final String[] STATE = {"trade_no", "pay_state", "pay_type"};

  final Responses mine = new Responses(Redactor.defaults());
  final JacksonResponses jackson = new JacksonResponses(MAPPER, Redactor.defaults());

  // ---- generators ------------------------------------------------------------------------------

  /** Values of every kind, and plausible ones (times, amounts, codes) so that many answers read. */
  static Arbitrary<String> values() {
    Arbitrary<String> times = Arbitraries.longs().between(0, 4_102_444_800L).map(String::valueOf);
    Arbitrary<String> amounts = Arbitraries.bigDecimals().between(java.math.BigDecimal.ZERO, new java.math.BigDecimal("99999"))
        .ofScale(2).map(java.math.BigDecimal::toPlainString);
    return Arbitraries.frequencyOf(
        Tuple.of(3, AnswerValues.values()),
        Tuple.of(1, Arbitraries.of("{}", "[]", "[1]", "[\"x\"]", "{\"a\":1}", "[{}]")),
        Tuple.of(1, times), Tuple.of(1, times.map(t -> "\"" + t + "\"")),
        Tuple.of(1, amounts), Tuple.of(1, amounts.map(t -> "\"" + t + "\"")));
  }

  /** Objects over the field names, each field missing or holding one of {@link #values()}. */
  static Arbitrary<ObjectNode> objects(String... fields) {
    Arbitrary<String> maybe = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(5, values()));
    return maybe.list().ofSize(fields.length).map(vs -> {
      ObjectNode o = MAPPER.createObjectNode();
      for (int i = 0; i < fields.length; i++) {
        if (vs.get(i) != null) {
          o.set(fields[i], tree(vs.get(i)));
        }
      }
      return o;
    });
  }

  /** What may stand where a list of items belongs (JSON null, a scalar, an array of items, …). */
  static Arbitrary<JsonNode> listsOf(Arbitrary<? extends JsonNode> item, boolean withSingleObject) {
    Arbitrary<JsonNode> element = Arbitraries.frequencyOf(
        Tuple.of(8, item.map(n -> (JsonNode) n)),
        Tuple.of(1, Arbitraries.just(tree("null"))),
        Tuple.of(1, AnswerValues.values().map(AnswerValues::tree)),
        Tuple.of(1, Arbitraries.of("[]", "[{}]", "[null]", "{}").map(AnswerValues::tree)));
    Arbitrary<JsonNode> array = element.list().ofMaxSize(3).map(es -> {
      ArrayNode a = MAPPER.createArrayNode();
      es.forEach(a::add);
      return a;
    });
    List<Tuple.Tuple2<Integer, Arbitrary<? extends JsonNode>>> shapes = new ArrayList<>(Arrays.asList(
        Tuple.of(8, array),
        Tuple.of(1, AnswerValues.values().map(AnswerValues::tree))));
    if (withSingleObject) {
      shapes.add(Tuple.of(2, item));
    }
    return Arbitraries.frequencyOf(shapes.toArray(new Tuple.Tuple2[0]));
  }

  /** {@code env} with {@code data} set to one of {@code data}'s values, or left out. */
  static Arbitrary<JsonNode> withData(Arbitrary<ObjectNode> env, Arbitrary<JsonNode> data) {
    return Combinators.combine(env, data.injectNull(0.1)).as((e, d) -> {
      if (d != null) {
        e.set("data", d);
      }
      return e;
    });
  }

  @Provide
  Arbitrary<JsonNode> acks() {
    return objects(ACK).map(o -> o);
  }

  @Provide
  Arbitrary<JsonNode> parkChecks() {
    return objects("state", "errmsg", "message", "status").map(o -> o);
  }

  @Provide
  Arbitrary<JsonNode> parks() {
    return objects("state", "errmsg", "message", "park_id", "username").map(o -> o);
  }

  @Provide
  Arbitrary<JsonNode> prices() {
    return objects("state", "errmsg", "message", "price", "car_number", "card_id").map(o -> o);
  }

  @Provide
  Arbitrary<JsonNode> pages() {
    // one object where the list belongs is left out here: see aSingleOrderWhereTheListBelongsIsAListOfOne
    return withData(objects("state", "count", "page", "errmsg"), listsOf(objects(ORDER), false))
        .filter(env -> !env.path("data").isObject());
  }

  @Provide
  Arbitrary<JsonNode> states() {
    return withData(objects("state", "errmsg", "message"), listsOf(objects(STATE), true));
  }

  @Provide
  Arbitrary<JsonNode> payments() {
    return withData(objects("state", "errmsg", "url"), listsOf(objects("url", "trade_no"), true));
  }

  @Provide
  Arbitrary<JsonNode> monthCards() {
    return withData(objects("state", "errmsg", "payurl", "trade_no"), listsOf(objects("payurl", "trade_no", "url"), true));
  }

  // ---- properties ------------------------------------------------------------------------------

  @Property(tries = 1500)
  void ackReadsAsJackson(@ForAll("acks") JsonNode env) {
    same(env, r -> r.ack(OP, env), r -> r.ack(OP, env));
  }

  @Property(tries = 1500)
  void parkCheckReadsAsJackson(@ForAll("parkChecks") JsonNode env) {
    same(env, r -> r.parkCheck(OP, env), r -> r.parkCheck(OP, env));
  }

  @Property(tries = 1500)
  void parkReadsAsJackson(@ForAll("parks") JsonNode env) {
    same(env, r -> r.park(OP, env), r -> r.park(OP, env));
  }

  @Property(tries = 1500)
  void monthCarPriceReadsAsJackson(@ForAll("prices") JsonNode data) {
    same(data, r -> r.monthCarPrice(OP, data), r -> r.monthCarPrice(OP, data));
  }

  @Property(tries = 3000)
  void orderPageReadsAsJackson(@ForAll("pages") JsonNode env) {
    same(env, r -> r.orderPage(OP, env), r -> r.orderPage(OP, env));
  }

  @Property(tries = 1500)
  void orderStateReadsAsJackson(@ForAll("states") JsonNode env) {
    same(env, r -> r.orderState(OP, "T1", env), r -> r.orderState(OP, "T1", env));
  }

  @Property(tries = 1500)
  void paymentAndItsLookupReadAsJackson(@ForAll("payments") JsonNode env) {
    same(env, r -> r.payment(OP, "T1", env, false), r -> r.payment(OP, "T1", env, false));
    same(env, r -> r.paymentLookup(OP, "T1", env), r -> r.paymentLookup(OP, "T1", env));
    same(env, r -> r.redPacket(OP, env), r -> r.redPacket(OP, env));
  }

  @Property(tries = 1500)
  void monthCardPayAndItsLookupReadAsJackson(@ForAll("monthCards") JsonNode env) {
    same(env, r -> r.monthCardPay(OP, "T1", env), r -> r.monthCardPay(OP, "T1", env));
    same(env, r -> r.monthCardLookup(OP, "T1", env), r -> r.monthCardLookup(OP, "T1", env));
  }

  /**
   * With one field of the wrong kind, the refusal names it in the wording the module always used:
   * word for word Jackson's path's message (several wrong fields may be named in another order).
   */
  @Property(tries = 2000)
  void aRefusalNamesTheWrongFieldAsBefore(@ForAll("oneFieldAnswers") Tuple.Tuple2<String, JsonNode> answer) {
    JsonNode env = answer.get2();
    switch (answer.get1()) {
      case "ack":
        same(env, r -> r.ack(OP, env), r -> r.ack(OP, env));
        break;
      case "price":
        same(env, r -> r.monthCarPrice(OP, env), r -> r.monthCarPrice(OP, env));
        break;
      case "park":
        same(env, r -> r.park(OP, env), r -> r.park(OP, env));
        break;
      default:
        same(env, r -> r.orderPage(OP, env), r -> r.orderPage(OP, env));
    }
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, JsonNode>> oneFieldAnswers() {
    Arbitrary<String> kind = Arbitraries.of("ack", "price", "park", "page", "order");
    return Combinators.combine(kind, values(), Arbitraries.integers().between(0, 7)).as((k, v, i) -> {
      ObjectNode env = (ObjectNode) tree("{\"state\":1}");
      switch (k) {
        case "ack":
          env.set(ACK[1 + i % 2], tree(v));
          break;
        case "price":
          env.set(new String[] {"errmsg", "message", "price", "car_number", "card_id"}[i % 5], tree(v));
          break;
        case "park":
          env.set(new String[] {"errmsg", "message", "park_id", "username"}[i % 4], tree(v));
          break;
        case "page":
          env.set(i % 2 == 0 ? "count" : "page", tree(v));
          break;
        default:
          env.set("data", tree("[{\"order_id\":\"A\"},{\"" + ORDER[i] + "\":" + v + "}]"));
      }
      return Tuple.of(k, env);
    });
  }

  // ---- where the two differ on purpose ---------------------------------------------------------

  @Example
  void aSingleOrderWhereTheListBelongsIsAListOfOne() {
    JsonNode env = tree("{\"state\":1,\"count\":1,\"data\":{\"order_id\":\"A1\",\"in_time\":\"1700000000\",\"total\":\"1.50\"}}");
    assertThatThrownBy(() -> jackson.orderPage(OP, env)).isInstanceOf(NullPointerException.class);
    OrderPage page = mine.orderPage(OP, env);
    assertThat(page.count()).isEqualTo(1);
    assertThat(page.orders()).extracting(HistoryOrder::orderId).containsExactly("A1");
    assertThat(page.orders().get(0).totalYuan()).isEqualByComparingTo("1.50");
    assertThat(page.orders().get(0).fields()).containsEntry("in_time", "1700000000");
  }

  @Example
  void theWordingOfARefusalIsKept() {
    JsonNode env = tree("{\"state\":1,\"count\":1,\"page\":1,\"data\":[{\"order_id\":\"A1\",\"total\":\"free\"}]}");
    assertThatThrownBy(() -> mine.orderPage("queryOrders", env))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageEndingWith(": 'total' has a value of the wrong kind")
        .hasMessage(message(() -> jackson.orderPage("queryOrders", env)));
    JsonNode price = tree("{\"state\":1,\"price\":{\"yuan\":1}}");
    assertThatThrownBy(() -> mine.monthCarPrice("monthCarPrice", price))
        .hasMessageEndingWith(": 'price' has a value of the wrong kind");
  }

  // ---- comparison ------------------------------------------------------------------------------

  private void same(JsonNode env, Function<Responses, Object> byHand, Function<JacksonResponses, Object> byJackson) {
    Outcome reference = Outcome.of(() -> byJackson.apply(jackson));
    Outcome read = Outcome.of(() -> byHand.apply(mine));
    Statistics.label("outcome").collect(reference.refusal == null ? "read" : "refused")
        .coverage(c -> {
          c.check("read").percentage(p -> p > 5);
          c.check("refused").percentage(p -> p > 1);
        });
    assertThat(read.seen).as("read from %s", env).isEqualTo(reference.seen);
    if (reference.refusal != null && !Objects.equals(read.refusal, reference.refusal)) {
      // several faults: each side may name another one first (Jackson binds every field before
      // the times are checked); Jackson names a list element by its index ('null'), the reader
      // names the list or the element
      String faults = ".*: ('[a-z_]+' has a value of the wrong kind|an order in 'data' is not an object|a time is out of range .*)";
      assertThat(read.refusal).as("refusal for %s (Jackson's: %s)", env, reference.refusal).matches(faults);
      assertThat(reference.refusal).as("Jackson's refusal for %s", env).matches(faults);
    }
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (ResponseFormatException e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused");
  }

  /** A result and every {@code fields()} it carries (left out of its equals), or a refusal. */
  static final class Outcome {
    final Object seen;
    final String refusal;

    private Outcome(Object seen, String refusal) {
      this.seen = seen;
      this.refusal = refusal;
    }

    static Outcome of(java.util.function.Supplier<Object> read) {
      try {
        Object v = read.get();
        if (v instanceof Reconciliation) {
          Reconciliation<?> r = (Reconciliation<?>) v;
          return new Outcome(Arrays.asList(r.isFound(), r.isAbsent(), r.seen(), r.value(),
              r.value() == null ? null : fieldsOf(r.value())), null);
        }
        return new Outcome(Arrays.asList(v, fieldsOf(v)), null);
      } catch (ResponseFormatException e) {
        return new Outcome(AnswerValues.REFUSED, e.getMessage());
      }
    }

    private static Object fieldsOf(Object v) {
      if (v instanceof OrderPage) {
        List<Object> all = new ArrayList<>();
        for (HistoryOrder o : ((OrderPage) v).orders()) {
          all.add(o.fields());
        }
        return all;
      }
      try {
        Class<?> type = v.getClass();
        while (!java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
          type = type.getSuperclass();
        }
        Method m = type.getMethod("fields");
        return m.invoke(v);
      } catch (NoSuchMethodException e) {
        return null;
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }
}
