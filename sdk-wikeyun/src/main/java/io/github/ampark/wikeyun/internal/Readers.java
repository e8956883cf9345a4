package io.github.ampark.wikeyun.internal;

import static io.github.ampark.core.spi.AnswerFields.decimal;
import static io.github.ampark.core.spi.AnswerFields.required;
import static io.github.ampark.core.spi.AnswerFields.text;
import static io.github.ampark.core.spi.AnswerFields.wholeNumber;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.AnswerFields;
import io.github.ampark.core.spi.DataReader;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.wikeyun.model.Card;
import io.github.ampark.wikeyun.model.PowerOrder;
import java.time.Instant;

/**
 * Wikeyun's answers read from the tree (not API): what the models' Jackson annotations say, without
 * Jackson's data binding (see {@link DataReader}). {@code ReadersMatchJackson} pins each reader
 * against Jackson's binding of the same model; the one difference is on purpose: a card whose
 * {@code id} is JSON {@code null} or blank text is refused, where Jackson read it as card 0.
 */
final class Readers {
  private Readers() {}

  /**
   * @param spec a spec builder
   * @return it, with a reader for every result type of {@link PowerService}
   */
  static VendorSpec.Builder register(VendorSpec.Builder spec) {
    return spec.reader(Card.class, Readers::card)
        .reader(PowerOrder.class, Readers::powerOrder)
        .reader(OrderNumberData.class, Readers::orderNumber);
  }

  /** @param data addCard's or cardInfo's data @return the card */
  static Card card(JsonNode data) {
    return Card.builder()
        .id(required("id", wholeNumber(data, "id")))
        .cardNum(required("card_num", text(data, "card_num")))
        .storeId(orNull(data, "store_id"))
        .province(orNull(data, "province"))
        .city(orNull(data, "city"))
        .gridTypeCode(orNull(data, "type"))
        .remark(orNull(data, "remark"))
        .createdAt(epochSeconds(data, "create_time"))
        .cmsUid(wholeNumber(data, "cms_uid"))
        .build();
  }

  /** @param data query's data @return the order */
  static PowerOrder powerOrder(JsonNode data) {
    return PowerOrder.builder()
        .orderNumber(required("order_number", text(data, "order_number")))
        .orderNo(required("order_no", text(data, "order_no")))
        .amountYuan(required("amount", decimal(data, "amount")))
        .statusCode(required("status", text(data, "status")))
        .arrivedYuan(decimal(data, "arrived_amount"))
        .rebateYuan(decimal(data, "fanli"))
        .costPriceYuan(decimal(data, "cost_price"))
        .id(orNull(data, "id"))
        .originalOrderNumber(orNull(data, "org_order_number"))
        .cardId(wholeNumber(data, "card_id"))
        .failureReason(orNull(data, "reason"))
        .build();
  }

  /** @param data pushOrder's data @return its order number */
  static OrderNumberData orderNumber(JsonNode data) {
    return ImmutableOrderNumberData.builder().orderNumber(required("order_number", text(data, "order_number"))).build();
  }

  /** A text field with {@link BlankAsNull}'s rule: blank text is {@code null}. */
  private static @Nullable String orNull(JsonNode data, String field) {
    String t = text(data, field);
    return t == null || BlankAsNull.isBlank(t) ? null : t;
  }

  /** A field with {@link EpochSecondsDeserializer}'s rule: a whole number or numeric text, blank is null. */
  private static @Nullable Instant epochSeconds(JsonNode data, String field) {
    JsonNode n = data.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isIntegralNumber() && !n.isTextual()) {
      throw new AnswerFields.Mismatch(field, "is not a Unix time in seconds");
    }
    try {
      return EpochSecondsDeserializer.parse(n.asText());
    } catch (NumberFormatException e) {
      throw new AnswerFields.Mismatch(field, "is not a Unix time in seconds");
    }
  }
}
