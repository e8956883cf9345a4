package io.github.ampark.fourpyun.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ampark.core.Nullable;
import io.github.ampark.fourpyun.model.BlacklistEntry;

/** One {@code ParkingBlacklist} row of {@code parking/internal/blacklist}; keys sorted, values strings. */
@JsonPropertyOrder(alphabetic = true)
public final class BlacklistRow {
  @JsonProperty("card_id") public final @Nullable String cardId;
  @JsonProperty("create_time") public final String createTime;
  @JsonProperty("end_time") public final String endTime;
  @JsonProperty("expire_time") public final String expireTime;
  @JsonProperty("operator") public final @Nullable String operator;
  @JsonProperty("plate") public final String plate;
  @JsonProperty("plate_color") public final String plateColor;
  @JsonProperty("realname") public final String realname;
  @JsonProperty("reason") public final @Nullable String reason;
  @JsonProperty("start_time") public final String startTime;
  @JsonProperty("status") public final String status;

  private final Map<String, String> extra;

  /** The row's extra fields, written after the typed ones in name order. */
  @JsonAnyGetter
  public Map<String, String> extra() {
    return extra;
  }

  /** @param b the row */
  public BlacklistRow(BlacklistEntry b) {
    this.extra = Rows.extra(getClass(), b.extraFields());
    this.cardId = b.cardId();
    this.createTime = Wire.millis(b.createTime());
    this.endTime = Wire.millis(b.endTime());
    this.expireTime = Wire.millis(b.expireTime());
    this.operator = b.operator();
    this.plate = b.plate();
    this.plateColor = Wire.code("plateColor", b.plateColor());
    this.realname = b.realname();
    this.reason = b.reason();
    this.startTime = Wire.millis(b.startTime());
    this.status = Wire.code("status", b.status());
  }
}
