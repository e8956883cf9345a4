package io.github.ampark.wikeyun;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.Checks;
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
 * RawResponse balance = client.raw().post("rest/User/query", Collections.emptyMap(), Idempotency.SAFE);
 * BigDecimal money = new BigDecimal(balance.data().path("money").asText());   // number or string
 *
 * Map<String, Object> p = new LinkedHashMap<>();
 * p.put("mobile", "13800000000");
 * RawResponse info = client.raw().post("rest/Recharge/mobileInfo", p, Idempotency.SAFE);
 * }</pre>
 *
 * <p>Only what you pass is sent as business parameters: add {@code store_id} yourself where the
 * endpoint needs it. {@code null} values are left out; empty strings are sent and signed as the key
 * alone.
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
    return post(path, params, Idempotency.UNSAFE);
  }

  /**
   * POSTs a signed form.
   *
   * @param path relative path
   * @param params business parameters, sent in this order
   * @param idempotency whether the request may be resent ({@link Idempotency#SAFE} for queries)
   * @return the decoded envelope
   */
  public RawResponse post(String path, Map<String, ?> params, Idempotency idempotency) {
    return runtime.execute(request(path, params, idempotency));
  }

  /**
   * @param path relative path
   * @param params business parameters
   * @param idempotency whether the request may be resent
   * @return the decoded envelope, eventually
   * @see #post(String, Map, Idempotency)
   */
  public CompletableFuture<RawResponse> postAsync(String path, Map<String, ?> params, Idempotency idempotency) {
    return runtime.executeAsync(request(path, params, idempotency));
  }

  private static RawRequest request(String path, Map<String, ?> params, Idempotency idempotency) {
    Checks.notNull("idempotency", idempotency);
    for (String name : Checks.notNull("params", params).keySet()) {
      if (name == null || name.trim().isEmpty()) {
        throw new ValidationException("params", "must not contain a blank name");
      }
      if (WikeyunSigner.SIGN.equals(name) || WikeyunSigner.SYSTEM_PARAMETERS.contains(name)) {
        throw new ValidationException("params", "'" + name + "' is a system parameter the client sets itself");
      }
    }
    return RawRequest.post(path).form(params).idempotency(idempotency).build();
  }
}
