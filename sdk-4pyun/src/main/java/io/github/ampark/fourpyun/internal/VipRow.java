package io.github.ampark.fourpyun.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ampark.core.Nullable;
import io.github.ampark.fourpyun.model.Vip;

/** One {@code ParkingVIP} row of {@code parking/internal/vip}; keys sorted, values strings. */
@JsonPropertyOrder(alphabetic = true)
public final class VipRow {
  @JsonProperty("address") public final @Nullable String address;
  @JsonProperty("balance") public final String balance;
  @JsonProperty("card_id") public final @Nullable String cardId;
  @JsonProperty("card_no") public final @Nullable String cardNo;
  @JsonProperty("charge_desc") public final String chargeDesc;
  @JsonProperty("charge_type") public final String chargeType;
  @JsonProperty("create_time") public final String createTime;
  @JsonProperty("expire_time") public final String expireTime;
  @JsonProperty("id_card") public final @Nullable String idCard;
  @JsonProperty("mobile") public final @Nullable String mobile;
  @JsonProperty("operator") public final @Nullable String operator;
  @JsonProperty("park_space_no") public final @Nullable String parkSpaceNo;
  @JsonProperty("plate") public final String plate;
  @JsonProperty("plate_color") public final String plateColor;
  @JsonProperty("realname") public final String realname;
  @JsonProperty("status") public final String status;
  @JsonProperty("type") public final String type;

  private final Map<String, String> extra;

  /** The row's extra fields, written after the typed ones in name order. */
  @JsonAnyGetter
  public Map<String, String> extra() {
    return extra;
  }

  /** @param v the row */
  public VipRow(Vip v) {
    this.extra = Rows.extra(getClass(), v.extraFields());
    this.address = v.address();
    this.balance = Long.toString(v.balance());
    this.cardId = v.cardId();
    this.cardNo = v.cardNo();
    this.chargeDesc = v.chargeDesc();
    this.chargeType = v.chargeType();
    this.createTime = Wire.millis(v.createTime());
    this.expireTime = Wire.millis(v.expireTime());
    this.idCard = v.idCard();
    this.mobile = v.mobile();
    this.operator = v.operator();
    this.parkSpaceNo = v.parkSpaceNo();
    this.plate = v.plate();
    this.plateColor = Wire.code("plateColor", v.plateColor());
    this.realname = v.realname();
    this.status = Wire.code("status", v.status());
    this.type = Wire.code("type", v.type());
  }
}
