package io.github.ampark.fourpyun.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.fourpyun.model.BlacklistEntry;

/** One {@code ParkingBlacklist} row of {@code parking/internal/blacklist}; keys sorted, values strings. */
public final class BlacklistRow extends SyncRow {
  private static final Names NAMES = new Names("card_id", "create_time", "end_time", "expire_time", "operator",
      "plate", "plate_color", "realname", "reason", "start_time", "status");

  /** @param b the row */
  public BlacklistRow(BlacklistEntry b) {
    super(NAMES, NAMES.extra(b.extraFields()), values(b));
  }

  private static @Nullable String[] values(BlacklistEntry b) {
    return new String[] {
      b.cardId(),
      Wire.millis(b.createTime()),
      Wire.millis(b.endTime()),
      Wire.millis(b.expireTime()),
      b.operator(),
      b.plate(),
      Wire.code("plateColor", b.plateColor()),
      b.realname(),
      b.reason(),
      Wire.millis(b.startTime()),
      Wire.code("status", b.status()),
    };
  }
}
