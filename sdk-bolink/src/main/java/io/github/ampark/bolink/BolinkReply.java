package io.github.ampark.bolink;

import io.github.ampark.bolink.internal.JsonText;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.CallbackReply;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Your answer to a Bolink callback, as the documents show it: {@code {"state":…,"errmsg":…, …}}
 * with {@code state} 1 for success. Immutable; {@link #with} returns a copy. Replies are unsigned
 * plain JSON, as in the documents (whether Bolink checks a reply signature is not published).
 *
 * <pre>{@code
 * BolinkReply.success("ok");                                     // {"state":1,"errmsg":"ok"}
 * BolinkReply.failure("no such order");                          // {"state":0,"errmsg":"no such order"}
 * BolinkReply.of(2, "full").with("car_number", "临A12345");      // other documented states
 * }</pre>
 */
public final class BolinkReply {
  private final Map<String, Object> fields;

  private BolinkReply(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /**
   * @param errmsg the note, e.g. {@code "ok"}
   * @return {@code {"state":1,"errmsg":…}}
   */
  public static BolinkReply success(String errmsg) {
    return of(1, errmsg);
  }

  /**
   * @param errmsg why
   * @return {@code {"state":0,"errmsg":…}}
   */
  public static BolinkReply failure(String errmsg) {
    return of(0, errmsg);
  }

  /**
   * @param state the state the endpoint documents (e.g. 0, 1, 2 for {@code nolicence_in_park})
   * @param errmsg the note
   * @return the reply
   */
  public static BolinkReply of(int state, @Nullable String errmsg) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("state", state);
    m.put("errmsg", errmsg);
    return new BolinkReply(m);
  }

  /**
   * A copy with one more member (a later value for the same name replaces the earlier one).
   *
   * @param name member name
   * @param value a string, integer, {@link BigDecimal}, boolean, map or list; {@code null} leaves it out
   * @return the new reply
   */
  public BolinkReply with(String name, @Nullable Object value) {
    Map<String, Object> m = new LinkedHashMap<>(fields);
    m.put(name, value);
    try {
      JsonText.write(m);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(name, e.getMessage());
    }
    return new BolinkReply(m);
  }

  /** {@code state}. */
  public int state() {
    return (Integer) fields.get("state");
  }

  /** The JSON text sent back. */
  public String json() {
    return JsonText.write(fields);
  }

  /** @return HTTP 200 with {@link #json()} */
  public CallbackReply toCallbackReply() {
    return reply(200);
  }

  CallbackReply reply(int status) {
    return CallbackReply.json(status, json());
  }

  @Override
  public String toString() {
    return "BolinkReply" + json();
  }
}
