package io.github.ampark.wanzhuang;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.spi.MultipartPart;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;

/**
 * Signed requests to any wz-open path, for the endpoints this SDK has no typed method for: the
 * mode-setting queries without a published path (time mode 2, energy mode 2, power mode 2, online
 * card, safety, coin, user setting, do-not-disturb), the device list and delete, the car-pile
 * saveMode/getMode, device restart and offline income, and {@code /open/invoice/getInvoiceTitle}.
 * They are signed like typed calls — {@code app_id}, {@code timestamp} and {@code sign} in the query
 * string of a GET, as the last members of a JSON body, as the last parts of a multipart form — and
 * their envelope is checked the same way ({@code code == 1}).
 *
 * <pre>{@code
 * Map<String, Object> q = new LinkedHashMap<>();
 * q.put("device_num", "18000001");
 * RawResponse r = client.raw().get("open/invoice/getInvoiceTitle", q);
 * RawResponse restart = client.raw().execute(RawRequest.post("open/device/<path from Wanzhuang>")
 *     .json("{\"device_num\":\"18000001\"}").build());
 * }</pre>
 *
 * <p>{@code app_id}, {@code timestamp} and {@code sign} are the client's: a request that sets them
 * itself is refused. Raw POSTs default to {@link Idempotency#UNSAFE} (never resent once they may
 * have arrived).
 */
public final class WanzhuangRaw {
  private static final Set<String> SYSTEM = new HashSet<>(Arrays.asList(
      WanzhuangSigner.APP_ID, WanzhuangSigner.TIMESTAMP, WanzhuangSigner.SIGN));

  private final ClientRuntime runtime;

  WanzhuangRaw(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Sends a signed request: a GET (parameters in the query), or a POST with a JSON object, multipart or
   * form body; {@code app_id}, {@code timestamp} and {@code sign} are added by the client.
   *
   * @param request the request; a POST is {@link Idempotency#UNSAFE} unless you tag it otherwise
   * @return the decoded envelope ({@code data} is the envelope's data)
   * @throws io.github.ampark.core.ValidationException when the request sets {@code app_id}, {@code
   *     timestamp} or {@code sign} itself, or its body is not one of those kinds
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   */
  public RawResponse execute(RawRequest request) {
    return runtime.execute(checked(request));
  }

  /**
   * Like {@link #execute}, without blocking the calling thread: the future completes with the same result,
   * or fails with the same exception.
   *
   * @param request the request
   * @return the decoded envelope, eventually
   */
  public CompletableFuture<RawResponse> executeAsync(RawRequest request) {
    return runtime.executeAsync(checked(request));
  }

  /**
   * Sends a signed GET, retried on I/O errors ({@link Idempotency#SAFE}).
   *
   * @param path relative to the base URL, e.g. {@code open/invoice/getInvoiceTitle}
   * @param params query parameters in order; a {@link Collection} value becomes a repeated key
   * @return the decoded envelope
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   */
  public RawResponse get(String path, Map<String, ?> params) {
    return execute(getRequest(path, params));
  }

  /**
   * Like {@link #get}, without blocking the calling thread: the future completes with the same result,
   * or fails with the same exception.
   *
   * @param path relative to the base URL
   * @param params query parameters in order
   * @return the decoded envelope, eventually
   */
  public CompletableFuture<RawResponse> getAsync(String path, Map<String, ?> params) {
    return executeAsync(getRequest(path, params));
  }

  private static RawRequest getRequest(String path, Map<String, ?> params) {
    RawRequest.Builder b = RawRequest.get(path).idempotency(Idempotency.SAFE).operation("raw " + path);
    for (Map.Entry<String, ?> e : Checks.notNull("params", params).entrySet()) {
      Object v = e.getValue();
      if (v instanceof Collection) {
        for (Object item : (Collection<?>) v) {
          b.queryParameter(e.getKey(), String.valueOf(item));
        }
      } else if (v != null) {
        b.queryParameter(e.getKey(), String.valueOf(v));
      }
    }
    return b.build();
  }

  private static RawRequest checked(RawRequest request) {
    Checks.notNull("request", request);
    for (String[] q : request.query()) {
      refuse(q[0]);
    }
    byte[] body = request.body();
    MediaType type = request.contentType();
    if (!"GET".equals(request.method()) && body == null) {
      throw new ValidationException("body", "a " + request.method() + " needs a body (JSON, multipart or form) to carry its signature");
    }
    if (body != null && body.length > 0) {
      if (type != null && "json".equals(type.subtype())) {
        com.fasterxml.jackson.databind.JsonNode node;
        try {
          node = BodyCodec.json(body);
        } catch (IllegalArgumentException e) {
          throw new ValidationException("body", "must be one JSON object");
        }
        if (!node.isObject()) {
          throw new ValidationException("body", "must be one JSON object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          refuse(it.next());
        }
      } else if (type != null && "multipart".equals(type.type())) {
        try {
          for (MultipartPart p : BodyCodec.multipart(body, type.toString())) {
            refuse(p.name());
          }
        } catch (IllegalArgumentException e) {
          throw new ValidationException("body", "is not a readable multipart body");
        }
      } else {
        for (String name : BodyCodec.form(new String(body, StandardCharsets.UTF_8)).keySet()) {
          refuse(name);
        }
      }
    }
    return request;
  }

  private static void refuse(String name) {
    if (name == null || name.trim().isEmpty()) {
      throw new ValidationException("params", "must not contain a blank name");
    }
    if (SYSTEM.contains(name)) {
      throw new ValidationException("params", "'" + name + "' is set by the client itself");
    }
  }
}
