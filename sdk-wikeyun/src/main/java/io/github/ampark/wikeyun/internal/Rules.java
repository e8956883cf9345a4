package io.github.ampark.wikeyun.internal;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.wikeyun.WikeyunSigner;
import io.github.ampark.wikeyun.model.CardDetails;
import io.github.ampark.wikeyun.model.GridType;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The input rules of the Wikeyun models and client (not API). Each throws a {@link
 * ValidationException} naming the Java field before anything is sent; messages echo input only
 * through {@link Checks#echo}.
 */
public final class Rules {
  /**
   * The SDK's own rule for order numbers the merchant chooses ({@code order_no} of a new order):
   * Wikeyun publishes no limit, so Ampark keeps them to what survives a form body, a query string, a
   * callback and a log line unchanged. Numbers the platform issues are not held to it.
   */
  static final Pattern MERCHANT_ORDER_NO = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** The longest identifier the SDK accepts from the platform or sends as a key (a bound, not a vendor rule). */
  public static final int MAX_IDENTIFIER = 128;

  private static final Pattern USER_EXT = Pattern.compile("[0-9A-Za-z]{6}");
  static final Pattern CODE = Pattern.compile("[0-9]{1,4}");

  /** {@link #MERCHANT_ORDER_NO} without a regex {@code Matcher} per call (it runs on every request). */
  static boolean isMerchantOrderNo(String value) {
    int n = value.length();
    if (n < 1 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** {@link #CODE} without a regex {@code Matcher} per call. */
  static boolean isCode(String value) {
    int n = value.length();
    if (n < 1 || n > 4) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private Rules() {}

  /**
   * An order number the merchant chooses: 1 to 64 letters, digits, {@code _} or {@code -}.
   *
   * @param field Java field name
   * @param value the number
   * @return the value
   */
  public static String merchantOrderNo(String field, @Nullable String value) {
    notBlank(field, value);
    if (!isMerchantOrderNo(value)) {
      throw new ValidationException(field, "must be 1 to 64 letters, digits, '_' or '-' (the SDK's own rule for numbers "
          + "you choose; was " + Checks.echo(value) + ")");
    }
    return value;
  }

  /**
   * An identifier someone else issued or a free-text key (a platform order number, a store id, a
   * card number): not blank, at most {@value #MAX_IDENTIFIER} characters, no control characters,
   * no leading or trailing white space (core's {@link Checks#identifier}).
   *
   * @param field Java field name
   * @param value the identifier
   * @return the value
   */
  public static String identifier(String field, @Nullable String value) {
    return Checks.identifier(field, value, MAX_IDENTIFIER);
  }


  /**
   * A secret: no control characters (a secret read from a file with its trailing newline would
   * sign every request wrongly). The message never shows the value.
   *
   * @param field Java field name
   * @param secret the secret
   * @return the secret
   */
  public static String secret(String field, String secret) {
    return Checks.noControl(field, secret);
  }


  /**
   * Text that goes on the wire as a field value (a remark): no control characters (CR, LF, NUL …).
   *
   * @param field Java field name
   * @param value the text
   * @return the value
   */
  public static String text(String field, String value) {
    if (value.length() > 1024) {
      throw new ValidationException(field, "must be at most 1024 characters (was " + Checks.echo(value) + ")");
    }
    return Checks.noControl(field, value);
  }

  /**
   * An absolute http(s) URL without control characters (a CR/LF in a notify URL is refused, never
   * sent).
   *
   * @param field Java field name
   * @param value the URL
   * @return the value
   */
  public static String url(String field, @Nullable String value) {
    Checks.httpUrl(field, value);
    if (!value.equals(value.trim())) {
      throw new ValidationException(field, "must not start or end with spaces (was " + Checks.echo(value) + ")");
    }
    return value;
  }


  /**
   * A vendor code sent as is ({@code type}, {@code recharge_type}): 1 to 4 digits, known or not.
   *
   * @param field Java field name
   * @param value the code
   * @return the value
   */
  public static String code(String field, @Nullable String value) {
    notBlank(field, value);
    if (!isCode(value)) {
      throw new ValidationException(field, "must be a numeric vendor code of 1 to 4 digits (was " + Checks.echo(value) + ")");
    }
    return value;
  }

  /**
   * Extra fields of a request: names are identifiers that are neither a documented field of the
   * request nor a system parameter ({@code sign}, {@code app_key}, …); values are text without
   * control characters.
   *
   * @param extra name → value
   * @param documented the request's own wire names
   */
  public static void extraFields(Map<String, String> extra, String... documented) {
    Collection<String> own = Arrays.asList(documented);
    for (Map.Entry<String, String> e : extra.entrySet()) {
      String name = identifier("extraFields", e.getKey());
      if (own.contains(name) || WikeyunSigner.SIGN.equals(name) || WikeyunSigner.SYSTEM_PARAMETERS.contains(name)) {
        throw new ValidationException("extraFields", "must not repeat a documented or system field (was "
            + Checks.echo(name) + "); set it through its own builder method");
      }
      text("extraFields", e.getValue());
    }
  }

  /**
   * The amount of a recharge: the seed says "100的倍数" (a multiple of 100); the unit is not
   * written anywhere and whole yuan is inferred from the listed values 100…1000.
   *
   * @param value amount in yuan
   */
  public static void amountYuan(long value) {
    if (value <= 0 || value % 100 != 0 || value > 1_000_000_000L) {
      throw new ValidationException("amountYuan", "must be a positive multiple of 100 up to 1000000000 (was " + value + ")");
    }
  }

  /**
   * Card details shared by addCard and editCard: the address parts are required and Southern Grid
   * accounts need {@code userExt} (the last 6 characters of the ID card, business licence or bank
   * card).
   *
   * @param card the details
   */
  public static void cardDetails(CardDetails card) {
    identifier("cardNum", card.cardNum());
    identifier("province", card.province());
    identifier("city", card.city());
    code("gridTypeCode", card.gridTypeCode());
    String remark = card.remark();
    if (remark != null) {
      text("remark", remark);
    }
    String userExt = card.userExt();
    if (card.gridType() == GridType.SOUTHERN_GRID && (userExt == null || userExt.trim().isEmpty())) {
      throw new ValidationException("userExt", "is required for SOUTHERN_GRID (南方电网) cards");
    }
    if (userExt != null && !USER_EXT.matcher(userExt).matches()) {
      throw new ValidationException("userExt", "must be the last 6 letters or digits of the ID card, licence or bank card");
    }
  }

  /**
   * @param field Java field name
   * @param value a card id
   */
  public static void cardId(String field, long value) {
    Checks.positive(field, value);
  }

  private static void notBlank(String field, @Nullable String value) {
    if (value == null || value.trim().isEmpty()) {
      throw new ValidationException(field, "must not be blank");
    }
  }


}
