package io.github.ampark.wikeyun.internal;

import io.github.ampark.core.Nullable;
import java.util.regex.Pattern;

/** The default "order not found" recognition by message text (not API). */
public final class NotFoundMessages {
  private static final Pattern NOT_FOUND =
      Pattern.compile(
          "订单\\S{0,4}(不存在|未找到|找不到)|(查无|无此|没有)(此|该)?订单|order\\s+(does\\s+)?not\\s+(be\\s+)?(found|exists?)|no\\s+such\\s+order",
          Pattern.CASE_INSENSITIVE);

  private NotFoundMessages() {}

  /**
   * @param message a vendor message, possibly {@code null}
   * @return whether it says that the order does not exist
   */
  public static boolean saysOrderNotFound(@Nullable String message) {
    return message != null && NOT_FOUND.matcher(message).find();
  }
}
