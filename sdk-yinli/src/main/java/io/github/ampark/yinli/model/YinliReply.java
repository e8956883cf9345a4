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
   * @param data the answer's data (a model from this package; for a generic call, JSON text)
   * @param <T> its type
   * @return a success
   */
  public static <T> YinliReply<T> ok(T data) {
    return new YinliReply<>(true, Checks.notNull("data", data), null, null);
  }

  /**
   * @param code the {@code code} to answer (Yinli publishes no codes; choose yours)
   * @param message the {@code msg} to answer
   * @param <T> the data type it stands for
   * @return a refusal
   */
  public static <T> YinliReply<T> refused(String code, String message) {
    return new YinliReply<>(false, null, Checks.notBlank("code", code), Checks.notNull("message", message));
  }

  /**
   * Whether this is a success.
   *
   * @return whether this is a success
   */
  public boolean isOk() {
    return ok;
  }

  /**
   * The data of a success, else {@code null}.
   *
   * @return the data of a success, else {@code null}
   */
  public @Nullable T data() {
    return data;
  }

  /**
   * The code of a refusal, else {@code null}.
   *
   * @return the code of a refusal, else {@code null}
   */
  public @Nullable String code() {
    return code;
  }

  /**
   * The message of a refusal, else {@code null}.
   *
   * @return the message of a refusal, else {@code null}
   */
  public @Nullable String message() {
    return message;
  }

  @Override
  public String toString() {
    return ok ? "YinliReply{ok}" : "YinliReply{refused " + code + "}";
  }
}
