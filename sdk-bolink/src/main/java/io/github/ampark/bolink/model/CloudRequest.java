package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A request to a cloud open-API endpoint whose fields Bolink documents only as a Base64 example:
 * {@code /zld/openservice/outpark} and {@code /zld/openservice/prepayorder}. What every cloud
 * request carries is typed — {@code comid} (the park, whose {@code ckey} signs it) and {@code
 * union_id} (added by the client) — and the endpoint's own fields go in {@link #extraFields()}, in
 * the order you put them, because their names and types are not published.
 *
 * <pre>{@code
 * client.cloud().outPark(CloudRequest.builder().parkId("kytest2020032501")
 *     .putExtraFields("car_number", JsonScalar.text("晋QQ1234"))
 *     .build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class CloudRequest {
  /**
   * The car park ({@code comid}).
   *
   * @return the car park
   */
  public abstract String parkId();

  /**
   * The endpoint's fields, sent after {@code comid} and {@code union_id} in this order.
   *
   * @return the endpoint's fields, sent after {@code comid} and {@code union_id} in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Checks.notBlank("parkId", parkId());
    Validation.extraFields(extraFields());
  }

  /**
   * Starts an empty {@code CloudRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CloudRequest}. */
  public static final class Builder extends ImmutableCloudRequest.Builder {}
}
