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
   * The page number, wire {@code page}: from 1; required.
   *
   * @return the page number
   */
  public abstract long page();

  /**
   * The page size, wire {@code limit}: 1–1000 devices; required.
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
    Rules.page(page(), limit());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * A request for one page, without extra fields.
   *
   * @param page the page number, from 1
   * @param limit the page size, 1–1000
   * @return the request
   * @throws io.github.ampark.core.ValidationException when a value is out of range
   */
  public static PageRequest of(long page, long limit) {
    return builder().page(page).limit(limit).build();
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

  /** Builds a {@link PageRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutablePageRequest.Builder {}
}
