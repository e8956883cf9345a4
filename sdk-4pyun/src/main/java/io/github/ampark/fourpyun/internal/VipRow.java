package io.github.ampark.fourpyun.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.fourpyun.model.Vip;

/** One {@code ParkingVIP} row of {@code parking/internal/vip}; keys sorted, values strings. */
public final class VipRow extends SyncRow {
  private static final Names NAMES = new Names("address", "balance", "card_id", "card_no", "charge_desc",
      "charge_type", "create_time", "expire_time", "id_card", "mobile", "operator", "park_space_no", "plate",
      "plate_color", "realname", "status", "type");

  /** @param v the row */
  public VipRow(Vip v) {
    super(NAMES, NAMES.extra(v.extraFields()), values(v));
  }

  private static @Nullable String[] values(Vip v) {
    return new String[] {
      v.address(),
      Long.toString(v.balance()),
      v.cardId(),
      v.cardNo(),
      v.chargeDesc(),
      v.chargeType(),
      Wire.millis(v.createTime()),
      Wire.millis(v.expireTime()),
      v.idCard(),
      v.mobile(),
      v.operator(),
      v.parkSpaceNo(),
      v.plate(),
      Wire.code("plateColor", v.plateColor()),
      v.realname(),
      Wire.code("status", v.status()),
      Wire.code("type", v.type()),
    };
  }
}
