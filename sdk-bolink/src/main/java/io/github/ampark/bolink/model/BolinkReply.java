package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.JsonText;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Your answer to a Bolink callback, as the documents show it: {@code {"state":…,"errmsg":…, …}}
 * with {@code state} 1 for success. Immutable; the {@code with…} methods return copies. Replies are
 * unsigned plain JSON, as in the documents (whether Bolink checks a reply signature is not
 * published). Only a {@code state} 1 reply acknowledges a notification: any other state is a
 * refusal, and Bolink's resend is handled again.
 *
 * <pre>{@code
 * BolinkReply.success("ok");                                        // {"state":1,"errmsg":"ok"}
 * BolinkReply.failure("no such order");                             // {"state":0,"errmsg":"no such order"}
 * BolinkReply.of(2, "车位已满").withText("car_number", "临A12345");   // other documented states
 * BolinkReply.success("查到啦").withNumber("total", new BigDecimal("12.00"));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class BolinkReply {
  /**
   * The outcome ({@code state}): 1 success, 0 failure, other values as the endpoint documents.
   *
   * @return the outcome code (1 success, 0 failure)
   */
  public abstract int state();

  /**
   * The note ({@code errmsg}), left out when {@code null}.
   *
   * @return the note, left out when {@code null}
   */
  public abstract @Nullable String errmsg();

  /**
   * Further members: name → their JSON text, in order.
   *
   * @return further members: name → their JSON text, in order
   */
  public abstract Map<String, String> members();

  /**
   * A success reply: {@code state} 1 with your {@code errmsg}.
   *
   * @param errmsg the note, e.g. {@code "ok"}
   * @return {@code {"state":1,"errmsg":…}}
   */
  public static BolinkReply success(String errmsg) {
    return of(1, errmsg);
  }

  /**
   * A failure reply: {@code state} 0 with your {@code errmsg}.
   *
   * @param errmsg why
   * @return {@code {"state":0,"errmsg":…}}
   */
  public static BolinkReply failure(String errmsg) {
    return of(0, errmsg);
  }

  /**
   * A reply with the given {@code state} and optional {@code errmsg}.
   *
   * @param state the state the endpoint documents (e.g. 0, 1, 2 for {@code nolicence_in_park})
   * @param errmsg the note, or {@code null} to leave it out
   * @return the reply
   */
  public static BolinkReply of(int state, @Nullable String errmsg) {
    return new Builder().state(state).errmsg(errmsg).build();
  }

  /**
   * A copy of this reply with one more text member.
   *
   * @param name member name
   * @param value text, or {@code null} to leave the member out
   * @return a copy with the member (a later value for the same name replaces the earlier one)
   */
  public final BolinkReply withText(String name, @Nullable String value) {
    return value == null ? this : with(name, JsonText.write(value));
  }

  /**
   * A copy of this reply with one more whole-number member.
   *
   * @param name member name
   * @param value a whole number
   * @return a copy with the member
   */
  public final BolinkReply withNumber(String name, long value) {
    return with(name, Long.toString(value));
  }

  /**
   * A copy of this reply with one more decimal member, written in plain notation.
   *
   * @param name member name
   * @param value a decimal, written in plain notation; {@code null} leaves the member out
   * @return a copy with the member
   */
  public final BolinkReply withNumber(String name, @Nullable BigDecimal value) {
    return value == null ? this : with(name, value.toPlainString());
  }

  private BolinkReply with(String name, String json) {
    if (name == null || name.isEmpty() || "state".equals(name) || "errmsg".equals(name)) {
      throw new ValidationException("name", "must be a member other than state and errmsg");
    }
    Map<String, String> m = new LinkedHashMap<>(members());
    m.put(name, json);
    return new Builder().state(state()).errmsg(errmsg()).members(m).build();
  }

  /**
   * The JSON text sent back.
   *
   * @return the JSON text sent back
   */
  public final String json() {
    StringBuilder sb = new StringBuilder("{\"state\":").append(state());
    if (errmsg() != null) {
      sb.append(",\"errmsg\":").append(JsonText.write(errmsg()));
    }
    for (Map.Entry<String, String> e : members().entrySet()) {
      sb.append(',').append(JsonText.write(e.getKey())).append(':').append(e.getValue());
    }
    return sb.append('}').toString();
  }

  @Override
  public String toString() {
    return "BolinkReply" + json();
  }

  /** Builder for {@link BolinkReply} (use the factory methods). */
  public static final class Builder extends ImmutableBolinkReply.Builder {}
}
