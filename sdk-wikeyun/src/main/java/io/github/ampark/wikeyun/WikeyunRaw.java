package io.github.ampark.wikeyun;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.wikeyun.internal.Rules;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Signed requests to any Wikeyun endpoint, for the modules this SDK has no typed methods for
 * ({@code rest/Recharge/*} phone top-ups, {@code rest/Oil/*}, {@code rest/User/query} for the
 * balance, {@code rest/Order/orderList}). They share everything with typed calls: the same
 * signature (system parameters in the query string, your parameters in the form body), envelope
 * check ({@code "0000"} or an {@link io.github.ampark.core.ApiException}), retries, logging and
 * redaction.
 *
 * <pre>{@code
 * // a query: say it is safe to resend
 * RawResponse balance = client.raw().execute(RawRequest.post("rest/User/query")
 *     .form(Collections.emptyMap()).idempotency(Idempotency.SAFE).build());
 * BigDecimal money = new BigDecimal(balance.data().path("money").asText());   // number or string
 *
 * // anything else: never resent once it may have arrived
 * Map<String, Object> p = new LinkedHashMap<>();
 * p.put("mobile", "13800000000");
 * RawResponse info = client.raw().post("rest/Recharge/mobileInfo", p);
 * }</pre>
 *
 * <p>Only what you pass is sent as business parameters: add {@code store_id} yourself where the
 * endpoint needs it. {@code null} values are left out; empty strings are sent and signed as the key
 * alone. The system parameters and {@code sign} are the client's: a request that sets them itself
 * (in the body or the query) is refused with a {@link ValidationException}.
 */
public final class WikeyunRaw {
  private final ClientRuntime runtime;

  WikeyunRaw(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * POSTs a signed form, never resent once it may have arrived ({@link Idempotency#UNSAFE}).
   *
   * @param path e.g. {@code rest/Recharge/pushOrder}, relative to the gateway
   * @param params business parameters, sent in this order
   * @return the decoded envelope
   */
  public RawResponse post(String path, Map<String, ?> params) {
    Checks.notNull("path", path);
    return execute(RawRequest.post(path).form(names(params)).build());
  }

  /**
   * Sends a request you built (method, path, form body, idempotency, operation name).
   *
   * @param request the request; its body, if any, must be a form
   * @return the decoded envelope
   */
  public RawResponse execute(RawRequest request) {
    return runtime.execute(checked(request));
  }

  /**
   * Does the same as {@link #execute(RawRequest)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param request the request
   * @return the decoded envelope, eventually
   * @see #execute(RawRequest)
   */
  public CompletableFuture<RawResponse> executeAsync(RawRequest request) {
    return runtime.executeAsync(checked(request));
  }

  private static RawRequest checked(RawRequest request) {
    Checks.notNull("request", request);
    Rules.text("path", request.path());
    for (String[] q : request.query()) {
      reserved("query", q[0]);
    }
    byte[] body = request.body();
    if (body != null && body.length > 0) {
      if (request.contentType() == null || !"x-www-form-urlencoded".equals(request.contentType().subtype())) {
        throw new ValidationException("request", "Wikeyun signs form bodies: use RawRequest.Builder.form(…)");
      }
      names(BodyCodec.form(body, StandardCharsets.UTF_8));
    }
    return request;
  }

  private static <M extends Map<String, ?>> M names(M params) {
    Checks.notNull("params", params);
    for (String name : params.keySet()) {
      reserved("params", name);
    }
    return params;
  }

  private static void reserved(String field, String name) {
    if (name == null || name.trim().isEmpty()) {
      throw new ValidationException(field, "must not contain a blank name");
    }
    if (WikeyunSigner.SIGN.equals(name) || WikeyunSigner.SYSTEM_PARAMETERS.contains(name)) {
      throw new ValidationException(field, Checks.echo(name) + " is a system parameter the client sets itself");
    }
  }
}
