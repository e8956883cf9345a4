package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Checks;

/** Field checks shared by the request models. */
final class ModelChecks {
  private ModelChecks() {}

  private static final java.util.regex.Pattern EXTRA_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  static void extraFields(java.util.Map<String, String> extra) {
    for (java.util.Map.Entry<String, String> e : extra.entrySet()) {
      String name = e.getKey();
      if (!EXTRA_NAME.matcher(name).matches() || "sign".equals(name)) {
        throw new ValidationException("extraFields", "has a field name that is not 1-64 of [A-Za-z0-9_.-] or is 'sign': "
            + Checks.echo(name));
      }
      if (e.getValue().indexOf('\u0000') >= 0) {
        throw new ValidationException("extraFields[" + name + "]", "must not contain NUL");
      }
    }
  }

  static void optionalNotBlank(String field, @Nullable String value) {
    if (value != null) {
      Checks.notBlank(field, value);
    }
  }

  static void known(String field, @Nullable CodedEnum value) {
    if (value != null && value.code() == null) {
      throw new ValidationException(field, "must be a known value, not UNKNOWN");
    }
  }

  static void notNegative(String field, @Nullable Long value) {
    if (value != null) {
      Checks.notNegative(field, value);
    }
  }

  static void notNegative(String field, @Nullable Integer value) {
    if (value != null) {
      Checks.notNegative(field, value);
    }
  }

  static void passage(Passage p) {
    optionalNotBlank("parkUuid", p.parkUuid());
    optionalNotBlank("merchant", p.merchant());
    Checks.notBlank("parkingSerial", p.parkingSerial());
    optionalNotBlank("plate", p.plate());
    known("plateColor", p.plateColor());
    known("plateType", p.plateType());
    known("carType", p.carType());
    known("carColor", p.carColor());
    known("vehicleType", p.vehicleType());
    Checks.notBlank("carDesc", p.carDesc());
    Checks.notBlank("chargeType", p.chargeType());
    notNegative("totalParkingSpace", p.totalParkingSpace());
    notNegative("remainParkingSpace", p.remainParkingSpace());
  }
}
