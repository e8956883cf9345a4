package io.github.ampark.yinli.model;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;

/**
 * Your answer to a 2.x call received through {@code YinliCallbacks}: success with the typed data
 * (sealed into {@code data.body}/{@code data.signature}), or a refusal with a code and message
 * (sent in clear, never acknowledging: Yinli delivers again and the duplicate guard handles it
 * anew). Immutable.
 *
 * <pre>{@code
 * return YinliReply.ok(TopUpResult.of(topUp.payNo()));
 * return YinliReply.refused("404", "unknown shop");
 * }</pre>
 *
 * @param <T> the data's type
 */
public final class YinliReply<T> {
  private final boolean ok;
  private final @Nullable T data;
  private final @Nullable String code;
  private final @Nullable String message;

  private YinliReply(boolean ok, @Nullable T data, @Nullable String code, @Nullable String message) {
    this.ok = ok;
    this.data = data;
    this.code = code;
    this.message = message;
  }

  /**
   * A success: {@code data} is sealed into the reply's {@code data.body} and {@code data.signature},
   * and the call counts as handled.
   *
   * @param data the answer's data (a model from this package; for a call of kind {@code OTHER}, JSON
   *     text)
   * @param <T> its type
   * @return the success reply
   */
  public static <T> YinliReply<T> ok(T data) {
    return new YinliReply<>(true, Checks.notNull("data", data), null, null);
  }

  /**
   * A refusal, sent in clear with your code and message; it never acknowledges, so Yinli delivers the
   * call again and the duplicate guard handles it anew.
   *
   * @param code the {@code code} to answer (Yinli publishes no codes; choose yours)
   * @param message the {@code msg} to answer
   * @param <T> the data type it stands for
   * @return the refusal reply
   */
  public static <T> YinliReply<T> refused(String code, String message) {
    return new YinliReply<>(false, null, Checks.notBlank("code", code), Checks.notNull("message", message));
  }

  /**
   * Whether this is a success made by {@link #ok}.
   *
   * @return {@code true} for a success, {@code false} for a refusal
   */
  public boolean isOk() {
    return ok;
  }

  /**
   * The data of a success.
   *
   * @return the data, or {@code null} for a refusal
   */
  public @Nullable T data() {
    return data;
  }

  /**
   * The {@code code} of a refusal.
   *
   * @return the code, or {@code null} for a success
   */
  public @Nullable String code() {
    return code;
  }

  /**
   * The {@code msg} of a refusal.
   *
   * @return the message, or {@code null} for a success
   */
  public @Nullable String message() {
    return message;
  }

  @Override
  public String toString() {
    return ok ? "YinliReply{ok}" : "YinliReply{refused " + code + "}";
  }
}
