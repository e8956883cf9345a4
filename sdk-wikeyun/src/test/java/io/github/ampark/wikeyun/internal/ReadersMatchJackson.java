package io.github.ampark.wikeyun.internal;

import static io.github.ampark.core.testing.AnswerValues.REFUSED;
import static io.github.ampark.core.testing.AnswerValues.assertReadsAsJackson;
import static io.github.ampark.core.testing.AnswerValues.outcome;
import static io.github.ampark.core.testing.AnswerValues.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.spi.AnswerFields;
import io.github.ampark.core.testing.AnswerValues;
import io.github.ampark.wikeyun.model.Card;
import io.github.ampark.wikeyun.model.PowerOrder;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Wikeyun's hand-written readers give what Jackson's binding of the annotated models gives (the
 * same value, or a refusal on both sides) on answers with every kind of value in every field, and
 * on data that is not an object; the one difference, on purpose: a card {@code id} that is JSON
 * {@code null} or blank, which Jackson read as card 0, is refused.
 */
class ReadersMatchJackson {
  static final String[] CARD = {"id", "card_num", "store_id", "province", "city", "type", "remark", "create_time", "cms_uid"};
  static final String[] ORDER = {"order_number", "order_no", "amount", "status", "arrived_amount", "fanli", "cost_price",
      "id", "org_order_number", "card_id", "reason"};

  @Provide
  Arbitrary<JsonNode> cards() {
    return Arbitraries.oneOf(AnswerValues.objects(CARD), nonObjects());
  }

  @Provide
  Arbitrary<JsonNode> orders() {
    return Arbitraries.oneOf(AnswerValues.objects(ORDER), nonObjects());
  }

  @Provide
  Arbitrary<JsonNode> orderNumbers() {
    return Arbitraries.oneOf(AnswerValues.objects("order_number", "order_no"), nonObjects());
  }

  static Arbitrary<JsonNode> nonObjects() {
    return AnswerValues.values().filter(v -> !v.equals("null")).map(AnswerValues::tree);
  }

  @Property(tries = 2000)
  void aCardReadsAsJacksonBindsIt(@ForAll("cards") JsonNode data) {
    JsonNode id = data.get("id");
    if (id != null && (id.isNull() || id.isTextual() && id.textValue().trim().isEmpty())) {
      assertThatThrownBy(() -> Readers.card(data)).isInstanceOf(AnswerFields.Mismatch.class);
      return;
    }
    assertReadsAsJackson(Card.class, Readers::card, data);
  }

  @Property(tries = 2000)
  void anOrderReadsAsJacksonBindsIt(@ForAll("orders") JsonNode data) {
    assertReadsAsJackson(PowerOrder.class, Readers::powerOrder, data);
  }

  @Property(tries = 1000)
  void aPushOrderAnswerReadsAsJacksonBindsIt(@ForAll("orderNumbers") JsonNode data) {
    assertReadsAsJackson(OrderNumberData.class, Readers::orderNumber, data);
  }

  @Example
  void aCardIdThatIsNullOrBlankIsRefusedWhereJacksonReadCardZero() {
    for (String id : new String[] {"null", "\"\"", "\"  \""}) {
      JsonNode data = tree("{\"id\":" + id + ",\"card_num\":\"0101\"}");
      Object jackson = outcome(() -> AnswerValues.MAPPER.readerFor(Card.class).readValue(AnswerValues.MAPPER.treeAsTokens(data)));
      assertThat(jackson).isNotSameAs(REFUSED).extracting(c -> ((Card) c).id()).isEqualTo(0L);
      assertThatThrownBy(() -> Readers.card(data)).isInstanceOf(AnswerFields.Mismatch.class).hasMessage("'id' is missing");
    }
  }

  @Example
  void aCardAsWikeyunSendsItReadsEveryField() {
    Card card = Readers.card(tree("{\"id\":\"67890\",\"card_num\":\"0101\",\"store_id\":\"\",\"province\":\"广东\","
        + "\"city\":\"深圳\",\"type\":\"2\",\"remark\":\" \",\"create_time\":\"1700000000\",\"cms_uid\":12,\"extra\":{}}"));
    assertThat(card).isEqualTo(Card.builder().id(67890).cardNum("0101").province("广东").city("深圳").gridTypeCode("2")
        .createdAt(Instant.ofEpochSecond(1700000000L)).cmsUid(12L).build());
  }
}
