package io.github.ampark.bolink;

import io.github.ampark.bolink.model.UnionIdPlacement;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed request to any Bolink path this SDK has no typed method for (the escape hatch): the
 * union API (family A), a park's cloud API (family B) or a legacy v1 endpoint (family C).
 *
 * <pre>{@code
 * Map<String, Object> data = new LinkedHashMap<>();
 * data.put("park_id", "123");
 * data.put("car_number", "苏DTTT18");
 * RawResponse r = client.raw().send(BolinkRawRequest.union("unionapi/neworder/queryescape")
 *     .data(data).unionIdPlacement(UnionIdPlacement.TOP_LEVEL).idempotency(Idempotency.SAFE).build());
 *
 * client.raw().send(BolinkRawRequest.cloud("kytest2020032501", "zld/openservice/lockcar").data(lock).build());
 * client.raw().send(BolinkRawRequest.legacy("unionapi/order/addorder").data(params).build());
 * }</pre>
 *
 * <p>{@code data} is written once, in the map's order, with the rules of {@link
 * BolinkSigner#dataJson}; use a {@code LinkedHashMap}. Idempotency defaults to {@link
 * Idempotency#UNSAFE}: never resent once it may have reached Bolink unless you say it is safe.
 */
public final class BolinkRawRequest {
  enum Family {
    UNION, CLOUD, LEGACY
  }

  private final Family family;
  private final String path;
  private final @Nullable String parkId;
  private final Map<String, Object> data;
  private final UnionIdPlacement placement;
  private final Idempotency idempotency;
  private final @Nullable String operation;

  private BolinkRawRequest(Builder b) {
    this.family = b.family;
    this.path = b.path;
    this.parkId = b.parkId;
    this.data = Collections.unmodifiableMap(new LinkedHashMap<>(b.data));
    this.placement = b.placement;
    this.idempotency = b.idempotency;
    this.operation = b.operation;
  }

  /**
   * A union-API request (family A, {@code ukey}); {@code union_id} goes first into {@code data}
   * unless told otherwise.
   *
   * @param path e.g. {@code unionapi/neworder/queryescape}, relative to the union host
   * @return a builder
   */
  public static Builder union(String path) {
    return new Builder(Family.UNION, path, null, UnionIdPlacement.IN_DATA);
  }

  /**
   * A cloud open-API request (family B) signed with {@code parkId}'s {@code ckey}; {@code data} is
   * sent exactly as given.
   *
   * @param parkId a park configured with {@code BolinkClient.Builder#parkKey}
   * @param path e.g. {@code zld/openservice/lockcar}, relative to the cloud host
   * @return a builder
   */
  public static Builder cloud(String parkId, String path) {
    Checks.notBlank("parkId", parkId);
    return new Builder(Family.CLOUD, path, parkId, UnionIdPlacement.NONE);
  }

  /**
   * A legacy v1 request (family C, {@code ukey}): the flat parameters plus a {@code sign} member,
   * sent as JSON to the union host; include {@code union_id} yourself.
   *
   * @param path e.g. {@code unionapi/order/addorder}
   * @return a builder
   */
  public static Builder legacy(String path) {
    return new Builder(Family.LEGACY, path, null, UnionIdPlacement.NONE);
  }

  Family family() {
    return family;
  }

  String path() {
    return path;
  }

  @Nullable String parkId() {
    return parkId;
  }

  Map<String, Object> data() {
    return data;
  }

  UnionIdPlacement placement() {
    return placement;
  }

  Idempotency idempotency() {
    return idempotency;
  }

  String operation() {
    return operation != null ? operation : "raw " + path;
  }

  @Override
  public String toString() {
    return "BolinkRawRequest{" + family + " " + path + (parkId == null ? "" : " park " + parkId) + ", " + idempotency + "}";
  }

  /** Builder for {@link BolinkRawRequest}. */
  public static final class Builder {
    private final Family family;
    private final String path;
    private final @Nullable String parkId;
    private final Map<String, Object> data = new LinkedHashMap<>();
    private UnionIdPlacement placement;
    private Idempotency idempotency = Idempotency.UNSAFE;
    private @Nullable String operation;

    private Builder(Family family, String path, @Nullable String parkId, UnionIdPlacement placement) {
      Checks.notBlank("path", path);
      if (path.contains("://")) {
        throw new ValidationException("path", "must be relative to the Bolink host (was " + path + ")");
      }
      this.family = family;
      this.path = path.startsWith("/") ? path.substring(1) : path;
      this.parkId = parkId;
      this.placement = placement;
    }

    /** @param data the {@code data} members (or, for legacy, the parameters) in order @return this */
    public Builder data(Map<String, ?> data) {
      this.data.clear();
      this.data.putAll(data);
      return this;
    }

    /**
     * @param placement where {@code union_id} goes (union API only; default {@link UnionIdPlacement#IN_DATA})
     * @return this
     */
    public Builder unionIdPlacement(UnionIdPlacement placement) {
      if (family != Family.UNION) {
        throw new ValidationException("unionIdPlacement", "applies to union-API requests only");
      }
      this.placement = placement;
      return this;
    }

    /** @param idempotency whether it may be resent (default UNSAFE) @return this */
    public Builder idempotency(Idempotency idempotency) {
      this.idempotency = idempotency;
      return this;
    }

    /** @param name operation name for logs and exceptions (default {@code "raw <path>"}) @return this */
    public Builder operation(String name) {
      this.operation = name;
      return this;
    }

    /** @return the request */
    public BolinkRawRequest build() {
      if (family == Family.LEGACY && data.containsKey("sign")) {
        throw new ValidationException("data", "must not contain 'sign'; it is computed");
      }
      return new BolinkRawRequest(this);
    }
  }
}
