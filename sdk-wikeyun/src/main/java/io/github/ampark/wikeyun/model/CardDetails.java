package io.github.ampark.wikeyun.model;

import io.github.ampark.core.Nullable;
import java.util.Map;
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
  /**
   * The electricity account number ({@code card_num}); no control characters, at most 128
   * characters.
   *
   * @return the electricity account number
   */
  String cardNum();

  /**
   * The province including "省" ({@code province}), e.g. 江苏省.
   *
   * @return the province including "省" ({@code province}), e.g. 江苏省
   */
  String province();

  /**
   * The city including "市" ({@code city}), e.g. 南京市.
   *
   * @return the city including "市" ({@code city}), e.g. 南京市
   */
  String city();

  /**
   * The grid company's code as sent ({@code type}); default {@code "0"} (State Grid). Set it with
   * {@code gridType(GridType)} or, for a code this SDK does not know, {@code gridTypeCode("2")}: it
   * is sent as given. The vendor's documents mark it optional, the Go SDK always sends it, and so
   * does Ampark.
   *
   * @return the grid company's code as sent
   */
  @Value.Default
  default String gridTypeCode() {
    return GridType.STATE_GRID.code();
  }

  /**
   * The grid company; {@link GridType#UNKNOWN} for a code this SDK does not know.
   *
   * @return the grid company
   */
  default GridType gridType() {
    return GridType.of(gridTypeCode());
  }

  /**
   * A note of yours ({@code remark}): at most 1024 characters, no control characters; {@code null}
   * (the default) leaves it out.
   *
   * @return the note, or {@code null} when not sent
   */
  @Nullable
  String remark();

  /**
   * The last 6 characters of the ID card, business licence or bank card ({@code user_ext});
   * required for {@link GridType#SOUTHERN_GRID}, otherwise {@code null} (the default) leaves it out.
   * Redacted in {@code toString()} and logs.
   *
   * @return the 6 characters, or {@code null} when not sent
   */
  @Value.Redacted
  @Nullable
  String userExt();

  /**
   * Fields the vendor's documents do not list, sent (and signed) after the documented ones in the
   * order you added them; empty by default. Names: at most 128 characters, not a documented or
   * system field; values: at most 1024 characters; neither with control characters.
   *
   * @return fields the vendor's documents do not list, sent (and signed) after the documented ones
   *     in the order you added them
   */
  Map<String, String> extraFields();
}
