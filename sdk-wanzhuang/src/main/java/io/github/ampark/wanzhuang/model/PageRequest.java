package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A page of the company's devices whose SIM card expires this month ({@code GET
 * /open/renew/getCompanyExpireDeviceList}).
 *
 * <pre>{@code
 * ExpiringDevicesPage p = client.renewals().expiringDevices(PageRequest.of(1, 10));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PageRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("page", "limit"));

  PageRequest() {}

  /**
   * {@code page}, from 1.
   *
   * @return {@code page}, from 1
   */
  public abstract long page();

  /**
   * {@code limit}, 1–1000.
   *
   * @return {@code limit}, 1–1000
   */
  public abstract long limit();

  /**
   * Fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}.
   *
   * @return fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.page(page(), limit());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * @param page from 1
   * @param limit page size
   * @return the request
   */
  public static PageRequest of(long page, long limit) {
    return builder().page(page).limit(limit).build();
  }

  /**
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values.
   *
   * @return a builder holding this request's values
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link PageRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutablePageRequest.Builder {}
}
