package io.github.ampark.fourpyun.internal;

import static io.github.ampark.core.spi.AnswerFields.required;
import static io.github.ampark.core.spi.AnswerFields.text;
import static io.github.ampark.core.spi.AnswerFields.wholeNumber;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.fourpyun.model.PaymentStatusResult;
import io.github.ampark.fourpyun.model.PreEnterResult;
import io.github.ampark.fourpyun.model.PrepayOutcome;
import io.github.ampark.fourpyun.model.PrepayResult;
import io.github.ampark.fourpyun.model.Receipt;

/**
 * P云's answers read by hand from the envelope's tree (not API), in place of Jackson's bean binding
 * (which introspects each type on the client's first call). The data of every answer is the whole
 * flat envelope ({@link FourPyunEnvelope}), so result fields sit beside {@code code}.
 *
 * <p>{@link #receipt}, {@link #preEnter} and {@link #paymentStatus} read exactly what binding the
 * model's Jackson annotations with {@link AmparkJson#newMapper()} reads (pinned by {@code
 * ReadersMatchJackson}): a text field takes any scalar as its text, {@code pay_value} a whole
 * number or text holding one, a missing required field is refused naming it. {@link #prepay} keeps
 * the module's rule for the charge's answer: optional text is {@link AmparkJson#text}, so a blank,
 * an object or an array reads as {@code null}, never as a refusal.
 */
public final class Readers {
  private Readers() {}

  /**
   * Registers every reader on the spec of a client.
   *
   * @param spec the spec being built
   * @return the same builder
   */
  public static VendorSpec.Builder register(VendorSpec.Builder spec) {
    return spec.reader(Receipt.class, Readers::receipt)
        .reader(PreEnterResult.class, Readers::preEnter)
        .reader(PaymentStatusResult.class, Readers::paymentStatus)
        .reader(PrepayResult.class, Readers::prepay);
  }

  /**
   * @param data the envelope
   * @return the receipt: {@code code}, {@code message}, {@code seqno}
   */
  public static Receipt receipt(JsonNode data) {
    return Receipt.builder()
        .code(required("code", text(data, "code")))
        .message(text(data, "message"))
        .seqno(text(data, "seqno"))
        .build();
  }

  /**
   * @param data the envelope of {@code enter/before}
   * @return the pre-entry decision
   */
  public static PreEnterResult preEnter(JsonNode data) {
    return PreEnterResult.builder()
        .code(required("code", text(data, "code")))
        .statusCode(text(data, "status"))
        .statusDesc(text(data, "status_desc"))
        .chargeType(text(data, "charge_type"))
        .seqno(text(data, "seqno"))
        .build();
  }

  /**
   * @param data the envelope of {@code payment}
   * @return the charge's state
   */
  public static PaymentStatusResult paymentStatus(JsonNode data) {
    return PaymentStatusResult.builder()
        .statusCode(required("status", text(data, "status")))
        .payPartner(text(data, "pay_partner"))
        .payValueFen(wholeNumber(data, "pay_value"))
        .paySerial(text(data, "pay_serial"))
        .payOrigin(text(data, "pay_origin"))
        .payOriginDesc(text(data, "pay_origin_desc"))
        .seqno(text(data, "seqno"))
        .build();
  }

  /**
   * The answer to a charge: paid on {@code 1001}, else accepted and still running (the envelope
   * lets only {@code 1000} and {@code 1001} through).
   *
   * @param data the envelope of {@code prepay}
   * @return the outcome
   */
  public static PrepayResult prepay(JsonNode data) {
    String code = data.path("code").asText();
    return PrepayResult.builder()
        .outcome("1001".equals(code) ? PrepayOutcome.PAID : PrepayOutcome.ACCEPTED)
        .code(code)
        .message(optional(data, "message"))
        .payId(optional(data, "pay_id"))
        .paySerial(optional(data, "pay_serial"))
        .payOrigin(optional(data, "pay_origin"))
        .payOriginDesc(optional(data, "pay_origin_desc"))
        .seqno(optional(data, "seqno"))
        .build();
  }

  private static @Nullable String optional(JsonNode data, String field) {
    return AmparkJson.text(data, field);
  }
}
