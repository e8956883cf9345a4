package io.github.ampark.fourpyun.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ampark.core.Nullable;
import io.github.ampark.fourpyun.model.VipRenewal;

/**
 * One row of {@code parking/internal/vip/recharge}; keys sorted, values strings (the layout of
 * spec vector PV4's sorted-row variant).
 */
@JsonPropertyOrder(alphabetic = true)
public final class VipRenewalRow {
  @JsonProperty("card_id") public final @Nullable String cardId;
  @JsonProperty("card_no") public final @Nullable String cardNo;
  @JsonProperty("charge_type") public final String chargeType;
  @JsonProperty("operator") public final @Nullable String operator;
  @JsonProperty("pay_partner") public final String payPartner;
  @JsonProperty("pay_time") public final @Nullable String payTime;
  @JsonProperty("pay_type") public final String payType;
  @JsonProperty("pay_value") public final @Nullable String payValue;
  @JsonProperty("plate") public final String plate;
  @JsonProperty("plate_color") public final String plateColor;
  @JsonProperty("quantity") public final String quantity;
  @JsonProperty("renewal_end_time") public final @Nullable String renewalEndTime;
  @JsonProperty("renewal_start_time") public final @Nullable String renewalStartTime;
  @JsonProperty("value") public final @Nullable String value;
  @JsonProperty("vip_type") public final String vipType;

  private final Map<String, String> extra;

  /** The row's extra fields, written after the typed ones in name order. */
  @JsonAnyGetter
  public Map<String, String> extra() {
    return extra;
  }

  /** @param r the row */
  public VipRenewalRow(VipRenewal r) {
    this.extra = Rows.extra(getClass(), r.extraFields());
    this.cardId = r.cardId();
    this.cardNo = r.cardNo();
    this.chargeType = r.chargeType();
    this.operator = r.operator();
    this.payPartner = r.payPartner();
    this.payTime = Wire.millis(r.payTime());
    this.payType = Wire.code("payType", r.payType());
    this.payValue = Wire.number(r.payValueFen());
    this.plate = r.plate();
    this.plateColor = Wire.code("plateColor", r.plateColor());
    this.quantity = Integer.toString(r.quantity());
    this.renewalEndTime = Wire.iso(r.renewalEndTime());
    this.renewalStartTime = Wire.iso(r.renewalStartTime());
    this.value = Wire.number(r.value());
    this.vipType = Wire.code("vipType", r.vipType());
  }
}
