package io.github.ampark.bolink;

import io.github.ampark.bolink.internal.JsonText;
import io.github.ampark.bolink.internal.RawFamily;
import io.github.ampark.bolink.model.UnionIdPlacement;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Signed requests to Bolink endpoints this SDK has no typed method for: 3.1 entry, 3.3 month
 * cards, 3.8/3.9 escapes, the cloud API's lock and month-card services, the legacy v1 API. They go
 * through the same pipeline as typed calls — signing, envelope check ({@code state} 1, or the
 * cloud's signed Base64 answer), retries by idempotency, redacted logs.
 *
 * <pre>{@code
 * Map<String, Object> data = new LinkedHashMap<>();
 * data.put("park_id", "1001");
 * data.put("car_number", "京A12345");
 * data.put("in_time", 1717754731L);
 * RawResponse r = client.raw().union("unionapi/neworder/addorder", data);   // union_id added first
 * String errmsg = r.envelope().path("errmsg").asText();
 * }</pre>
 *
 * @see BolinkRawRequest
 */
public final class BolinkRaw {
  private final ClientRuntime union;
  private final Map<String, ClientRuntime> parks;
  private final long unionId;

  BolinkRaw(ClientRuntime union, Map<String, ClientRuntime> parks, long unionId) {
    this.union = union;
    this.parks = parks;
    this.unionId = unionId;
  }

  /**
   * A union-API request (family A) with {@code union_id} first in {@code data}; not resent once it
   * may have reached Bolink.
   *
   * @param path relative to the union host, e.g. {@code unionapi/neworder/addorder}
   * @param data the {@code data} members in order
   * @return the accepted envelope
   */
  public RawResponse union(String path, Map<String, ?> data) {
    return send(BolinkRawRequest.union(path).data(data).build());
  }

  /**
   * @param request the request
   * @return the accepted envelope ({@code data()} is the whole {@code {state, errmsg, …}} for the
   *     union API, the verified {@code data} object for the cloud API)
   */
  public RawResponse send(BolinkRawRequest request) {
    return runtime(request).execute(toRaw(request));
  }

  /**
   * @param request the request
   * @return the accepted envelope, eventually
   */
  public CompletableFuture<RawResponse> sendAsync(BolinkRawRequest request) {
    return runtime(request).executeAsync(toRaw(request));
  }

  private ClientRuntime runtime(BolinkRawRequest request) {
    if (request.family() != BolinkRawRequest.Family.CLOUD) {
      return union;
    }
    ClientRuntime park = parks.get(request.parkId());
    if (park == null) {
      throw new ValidationException("parkId", "no ckey configured for park " + request.parkId());
    }
    return park;
  }

  private RawRequest toRaw(BolinkRawRequest request) {
    Map<String, Object> data = request.data();
    UnionIdPlacement placement = request.placement();
    if (request.family() == BolinkRawRequest.Family.UNION
        && (placement == UnionIdPlacement.IN_DATA || placement == UnionIdPlacement.BOTH)
        && !data.containsKey("union_id")) {
      Map<String, Object> withId = new LinkedHashMap<>();
      withId.put("union_id", unionId);
      withId.putAll(data);
      data = withId;
    }
    String json;
    try {
      json = JsonText.write(data);
    } catch (IllegalArgumentException e) {
      throw new ValidationException("data", e.getMessage());
    }
    RawRequest.Builder b = RawRequest.post(request.path())
        .json(json)
        .idempotency(request.idempotency())
        .operation(request.operation())
        .tag(UnionIdPlacement.class, placement);
    if (request.family() == BolinkRawRequest.Family.LEGACY) {
      b.tag(RawFamily.class, RawFamily.LEGACY);
    }
    return b.build();
  }
}
