package io.github.ampark.wikeyun.model;

import io.github.ampark.core.Nullable;
import org.immutables.value.Value;

/**
 * The account details a recharge card is registered with: what {@link AddCardRequest} and {@link
 * EditCardRequest} both send, under the same rules. {@code province} and {@code city} are written
 * with their suffix, as the vendor asks ("江苏省", "南京市"); {@code userExt} is required for {@link
 * GridType#SOUTHERN_GRID}, is personal data and is never printed.
 *
 * <pre>{@code
 * CardDetails details = AddCardRequest.builder()
 *     .cardNum("0123456789").province("江苏省").city("南京市").build();
 * }</pre>
 */
public interface CardDetails {
  /** The electricity account number ({@code card_num}). */
  String cardNum();

  /** The province including "省" ({@code province}), e.g. 江苏省. */
  String province();

  /** The city including "市" ({@code city}), e.g. 南京市. */
  String city();

  /**
   * The grid company ({@code type}); default {@link GridType#STATE_GRID}. The vendor's documents
   * mark it optional, the Go SDK always sends it, and so does Ampark.
   */
  @Value.Default
  default GridType gridType() {
    return GridType.STATE_GRID;
  }

  /** A note of yours ({@code remark}), or {@code null}. */
  @Nullable
  String remark();

  /**
   * The last 6 characters of the ID card, business licence or bank card ({@code user_ext});
   * required for {@link GridType#SOUTHERN_GRID}. Redacted in {@code toString()} and logs.
   */
  @Value.Redacted
  @Nullable
  String userExt();
}
