package io.github.ampark.bolink;

import io.github.ampark.bolink.internal.BolinkContext;
import io.github.ampark.bolink.internal.JsonText;
import io.github.ampark.bolink.model.RawSigning;
import io.github.ampark.bolink.model.UnionIdPlacement;
import io.github.ampark.core.Checks;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.spi.ClientRuntime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Signed requests to Bolink endpoints this SDK has no typed method for: 4.4 {@code
 * querywithDrawList}, 3.8/3.9 escapes, the cloud API's lock and month-card services, {@code
 * binternal/applet/orderExtraInfo}, the legacy v1 API. They go through the same pipeline as typed
 * calls — signing, envelope check ({@code state} 1, or the cloud's signed Base64 answer), retries by
 * idempotency, redacted logs.
 *
 * <p>The body of a raw request is the {@code data} object as JSON text (write it with {@link
 * BolinkSigner#dataJson}); the signing family and its options are a {@link RawSigning} tag on core's
 * {@link RawRequest} (no tag: family A, {@code data} as given). Raw requests are {@code UNSAFE}
 * unless you say otherwise: never resent once they may have reached Bolink.
 *
 * <pre>{@code
 * Map<String, Object> q = new LinkedHashMap<>();
 * q.put("park_id", "1001");
 * RawResponse r = client.raw().union("unionapi/neworder/querywithDrawList", q);   // union_id added first
 * String errmsg = r.data().path("errmsg").asText();
 *
 * client.raw().execute(RawRequest.post("zld/openservice/lockcar").json(BolinkSigner.dataJson(lock))
 *     .tag(RawSigning.class, RawSigning.cloud("kytest2020032501")).build());
 * }</pre>
 */
public final class BolinkRaw {
  private final BolinkContext ctx;

  BolinkRaw(BolinkContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The natural helper: a union-API request (family A) with {@code union_id} first in {@code data}
   * (unless present); {@code UNSAFE}.
   *
   * @param path relative to the union host, e.g. {@code unionapi/neworder/querywithDrawList}
   * @param data the {@code data} members in order
   * @return the accepted envelope
   */
  public RawResponse union(String path, Map<String, ?> data) {
    String json;
    try {
      json = JsonText.write(Checks.notNull("data", data));
    } catch (IllegalArgumentException e) {
      throw new ValidationException("data", e.getMessage());
    }
    return execute(RawRequest.post(path).json(json).tag(RawSigning.class, RawSigning.union(UnionIdPlacement.IN_DATA)).build());
  }

  /**
   * Sends a signed request to any Bolink path and returns the accepted envelope; for endpoints
   * without a typed method.
   *
   * @param request the request; its body is the {@code data} JSON text, its {@link RawSigning} tag the family
   * @return the accepted envelope ({@code data()} is the whole {@code {state, errmsg, …}} for the
   *     union API, the verified {@code data} object for the cloud API)
   */
  public RawResponse execute(RawRequest request) {
    return runtime(request).execute(request);
  }

  /**
   * Does the same as {@link #execute(RawRequest)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param request the request
   * @return the accepted envelope, eventually
   */
  public CompletableFuture<RawResponse> executeAsync(RawRequest request) {
    return runtime(request).executeAsync(request);
  }

  private ClientRuntime runtime(RawRequest request) {
    Object tag = Checks.notNull("request", request).tags().get(RawSigning.class);
    RawSigning signing = tag instanceof RawSigning ? (RawSigning) tag : null;
    if (signing != null && signing.family() == RawSigning.Family.CLOUD) {
      return ctx.park(signing.parkId());
    }
    return ctx.union;
  }
}
