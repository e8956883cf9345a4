package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A page of a device's online log ({@code GET /open/device/log/online_log}).
 *
 * <pre>{@code
 * OnlineLogPage p = client.devices().onlineLog(OnlineLogRequest.of("18000001", 1, 20));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class OnlineLogRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("device_num", "page", "limit"));

  OnlineLogRequest() {}

  /**
   * The device whose log to read, wire {@code device_num}: required, 1–64 printable ASCII characters without
   * spaces.
   *
   * @return the device number
   */
  public abstract String deviceNum();

  /**
   * The page number, wire {@code page}: from 1; required.
   *
   * @return the page number
   */
  public abstract long page();

  /**
   * The page size, wire {@code limit}: 1–1000 lines; required.
   *
   * @return the page size
   */
  public abstract long limit();

  /**
   * Fields Wanzhuang accepts that this SDK does not name, sent as text after the documented fields and
   * before {@code app_id}, {@code timestamp} and {@code sign}, in their insertion order, and signed like
   * the rest. Names are 1–64 letters, digits, {@code _} or {@code []}; a name of a documented field or
   * of {@code app_id}, {@code timestamp}, {@code sign} is a {@code ValidationException}. Empty by default.
   *
   * @return the extra fields by wire name, possibly empty
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.deviceNum("deviceNum", deviceNum());
    Rules.page(page(), limit());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * A request for one page of a device's log, without extra fields.
   *
   * @param deviceNum the device number
   * @param page the page number, from 1
   * @param limit the page size, 1–1000
   * @return the request
   * @throws io.github.ampark.core.ValidationException when a value is out of range
   */
  public static OnlineLogRequest of(String deviceNum, long page, long limit) {
    return builder().deviceNum(deviceNum).page(page).limit(limit).build();
  }

  /**
   * Starts a request; {@code build()} checks it and throws {@code ValidationException} naming the
   * first bad field.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this request's values, to derive a changed copy.
   *
   * @return a new builder holding every value of this request
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link OnlineLogRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableOnlineLogRequest.Builder {}
}
