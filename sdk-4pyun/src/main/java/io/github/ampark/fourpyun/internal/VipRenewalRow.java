package io.github.ampark.fourpyun.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.fourpyun.model.VipRenewal;

/**
 * One row of {@code parking/internal/vip/recharge}; keys sorted, values strings (the layout of
 * spec vector PV4's sorted-row variant).
 */
public final class VipRenewalRow extends SyncRow {
  private static final Names NAMES = new Names("card_id", "card_no", "charge_type", "operator", "pay_partner",
      "pay_time", "pay_type", "pay_value", "plate", "plate_color", "quantity", "renewal_end_time",
      "renewal_start_time", "value", "vip_type");

  /** @param r the row */
  public VipRenewalRow(VipRenewal r) {
    super(NAMES, NAMES.extra(r.extraFields()), values(r));
  }

  private static @Nullable String[] values(VipRenewal r) {
    return new String[] {
      r.cardId(),
      r.cardNo(),
      r.chargeType(),
      r.operator(),
      r.payPartner(),
      Wire.millis(r.payTime()),
      Wire.code("payType", r.payType()),
      Wire.number(r.payValueFen()),
      r.plate(),
      Wire.code("plateColor", r.plateColor()),
      Integer.toString(r.quantity()),
      Wire.iso(r.renewalEndTime()),
      Wire.iso(r.renewalStartTime()),
      Wire.number(r.value()),
      Wire.code("vipType", r.vipType()),
    };
  }
}
