package io.github.ampark.wanzhuang.internal;

import io.github.ampark.core.Checks;
import io.github.ampark.core.ValidationException;
import io.github.ampark.wanzhuang.WanzhuangSigner;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks request models run before anything is sent (not API). */
public final class Rules {
  /** {@code yyyyMMddHHmmss} + 6 digits, e.g. {@code 20250109105805123456}. */
  private static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9]{14}[0-9]{6}");
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_\\[\\]]{1,64}");
  private static final Set<String> SYSTEM = new HashSet<>(Arrays.asList(
      WanzhuangSigner.APP_ID, WanzhuangSigner.TIMESTAMP, WanzhuangSigner.SIGN));

  private Rules() {}

  /** @param field name @param value a device number @return it */
  public static String deviceNum(String field, String value) {
    Checks.notBlank(field, value);
    if (!isDeviceNum(value)) {
      throw new ValidationException(field, "must be 1 to 64 printable ASCII characters without spaces (was " + Checks.echo(value) + ")");
    }
    return value;
  }

  /**
   * Device numbers: printable ASCII without spaces (U+0021–U+007E), 1–64 characters (the SDK's
   * bound; Wanzhuang's own is UNKNOWN). A loop, not a regex: it runs on every request built.
   */
  static boolean isDeviceNum(String value) {
    int n = value.length();
    if (n < 1 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  /** @param field name @param values device numbers @param allowEmpty whether none is fine */
  public static void deviceNums(String field, List<String> values, boolean allowEmpty) {
    if (!allowEmpty && values.isEmpty()) {
      throw new ValidationException(field, "must name at least one device");
    }
    if (values.size() > 1000) {
      throw new ValidationException(field, "must name at most 1000 devices (was " + values.size() + ")");
    }
    for (String v : values) {
      deviceNum(field, v);
    }
  }

  /** @param field name @param value a port number @return it */
  public static long port(String field, long value) {
    return Checks.between(field, value, 1, 9999);
  }

  /** @param field name @param value a merchant charge id @return it */
  public static long chargeId(String field, long value) {
    return Checks.positive(field, value);
  }

  /** @param field name @param value {@code 0} or {@code 1} @return it */
  public static int flag(String field, int value) {
    if (value != 0 && value != 1) {
      throw new ValidationException(field, "must be 0 or 1 (was " + value + ")");
    }
    return value;
  }

  /** @param field name @param value an out_trade_no @return it */
  public static String outTradeNo(String field, String value) {
    return Checks.matches(field, value, OUT_TRADE_NO, "yyyyMMddHHmmss followed by 6 digits, 20 digits in all (e.g. 20250109105805123456)");
  }

  /** @param page page number @param limit page size */
  public static void page(long page, long limit) {
    Checks.between("page", page, 1, Integer.MAX_VALUE);
    Checks.between("limit", limit, 1, 1000);
  }

  /**
   * Extra fields: names that are plain identifiers, not a documented field of the request and not
   * {@code app_id}, {@code timestamp} or {@code sign}; values not null.
   *
   * @param extra the extra fields
   * @param documented the request's own wire names
   */
  public static void extraFields(Map<String, String> extra, Collection<String> documented) {
    for (Map.Entry<String, String> e : extra.entrySet()) {
      String name = e.getKey();
      if (name == null || !FIELD_NAME.matcher(name).matches()) {
        throw new ValidationException("extraFields", "names must be 1 to 64 letters, digits, _ or [] (was " + Checks.echo(name) + ")");
      }
      if (SYSTEM.contains(name)) {
        throw new ValidationException("extraFields", "'" + name + "' is set by the client itself");
      }
      if (documented.contains(name)) {
        throw new ValidationException("extraFields", "'" + name + "' is a field of this request: set it on the builder");
      }
      Checks.notNull("extraFields." + name, e.getValue());
    }
  }
}
