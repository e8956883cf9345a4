package io.github.ampark.wikeyun.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.Checks;
import io.github.ampark.wikeyun.model.CardDetails;
import io.github.ampark.wikeyun.model.GridType;
import java.util.regex.Pattern;

/**
 * The input rules of the Wikeyun models (not API). Each throws a {@link ValidationException} naming
 * the Java field before anything is sent.
 */
public final class Rules {
  /**
   * Merchant and platform order numbers: the vendor publishes no limit, so the SDK accepts what
   * every peer system accepts and what survives a form body and a callback unchanged.
   */
  static final Pattern ORDER_NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final Pattern USER_EXT = Pattern.compile("[0-9A-Za-z]{6}");

  private Rules() {}

  /**
   * @param field Java field name
   * @param value merchant or platform order number
   * @return the value
   */
  public static String orderNumber(String field, @Nullable String value) {
    return Checks.matches(field, value, ORDER_NUMBER, "1 to 64 letters, digits, '_' or '-' (was " + value + ")");
  }

  /**
   * The amount of a recharge: the seed says "100的倍数" (a multiple of 100); the unit is not
   * written anywhere and whole yuan is inferred from the listed values 100…1000.
   *
   * @param value amount in yuan
   */
  public static void amountYuan(long value) {
    if (value <= 0 || value % 100 != 0) {
      throw new ValidationException("amountYuan", "must be a positive multiple of 100 (was " + value + ")");
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
    Checks.notBlank("cardNum", card.cardNum());
    Checks.notBlank("province", card.province());
    Checks.notBlank("city", card.city());
    if (card.gridType() == GridType.UNKNOWN) {
      throw new ValidationException("gridType", "must be STATE_GRID or SOUTHERN_GRID");
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
}
