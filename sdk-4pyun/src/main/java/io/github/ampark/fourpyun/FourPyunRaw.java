package io.github.ampark.fourpyun;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.spi.ClientRuntime;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;

/**
 * Signed requests to any 4pyun path, for endpoints this SDK has no typed method for (vip
 * create/delete, charge type list, realtime spaces, the openapi {@code parking/vip/recharge} 月卡续费
 * call, …). They go through the same pipeline as typed calls: the envelope is checked (codes
 * {@code 1001}, {@code 1000} and {@code 200} count as success), secrets are redacted, and retries
 * follow the idempotency you declare (UNSAFE unless you say otherwise).
 *
 * <pre>{@code
 * RawResponse r = client.raw().form("parking/internal/vip/delete",
 *     Map.of("park_uuid", park, "plate", "粤B12345"));                 // signed from these fields
 * RawResponse q = client.raw().execute(RawRequest.get("parking/internal/charge_type/list")
 *     .queryParameter("park_uuid", park).idempotency(Idempotency.SAFE).build());   // sign added
 * RawResponse j = client.raw().execute(RawRequest.post("parking/internal/vip").json(json).build());
 * }</pre>
 *
 * <p>How each kind is signed, without ever decoding a body: {@link #form} signs the fields you pass
 * and sends them in name order with {@code sign} last; {@link #execute} adds {@code sign} to a GET's
 * query parameters (computed from the name/value pairs), and JSON bodies get their {@code
 * Authorization} header from the exact bytes. A form body given to {@link #execute} must already
 * carry its {@code sign} (compute it with {@link FourPyunSigner#formSign}) — or use {@link #form}.
 */
public final class FourPyunRaw {
  private final ClientRuntime runtime;
  private final FourPyunSigner signer;

  FourPyunRaw(ClientRuntime runtime, FourPyunSigner signer) {
    this.runtime = runtime;
    this.signer = signer;
  }

  /**
   * POSTs a form signed from {@code params}: {@code null} and empty values are left out, the rest
   * sent in name order, {@code sign} last.
   *
   * @param path path relative to {@code gate/1.0/}, e.g. {@code parking/internal/vip/delete}
   * @param params parameters with raw values
   * @param idempotency whether the call may be resent
   * @return the decoded envelope
   */
  public RawResponse form(String path, Map<String, ?> params, Idempotency idempotency) {
    Map<String, Object> fields = new LinkedHashMap<>(sorted(Checks.notNull("params", params)));
    fields.put("sign", signer.formSign(fields));
    return runtime.execute(RawRequest.post(path).form(fields).idempotency(Checks.notNull("idempotency", idempotency))
        .operation("raw POST " + path).build());
  }

  /**
   * POSTs a signed form that is never resent once it may have reached P云.
   *
   * @param path relative path
   * @param params parameters
   * @return the decoded envelope
   */
  public RawResponse form(String path, Map<String, ?> params) {
    return form(path, params, Idempotency.UNSAFE);
  }

  /**
   * Sends any request through the pipeline; see the class comment for how it is signed.
   *
   * @param request the request
   * @return the decoded envelope
   * @throws ValidationException if a form body carries no {@code sign}
   */
  public RawResponse execute(RawRequest request) {
    return runtime.execute(signed(request));
  }

  /**
   * Sends any request on OkHttp's dispatcher.
   *
   * @param request the request
   * @return the decoded envelope, eventually
   * @throws ValidationException if a form body carries no {@code sign}
   */
  public CompletableFuture<RawResponse> executeAsync(RawRequest request) {
    return runtime.executeAsync(signed(request));
  }

  private RawRequest signed(RawRequest request) {
    Checks.notNull("request", request);
    MediaType type = request.contentType();
    if (type != null && "x-www-form-urlencoded".equals(type.subtype().toLowerCase(Locale.ROOT))) {
      String body = new String(request.body(), StandardCharsets.UTF_8);
      if (!body.startsWith("sign=") && !body.contains("&sign=")) {
        throw new ValidationException("request", "a form body must carry its sign: use raw().form(path, fields), "
            + "which signs the fields, or add FourPyunSigner#formSign of them");
      }
      return request;
    }
    if (!"GET".equals(request.method())) {
      return request;
    }
    Map<String, String> query = new LinkedHashMap<>();
    for (String[] pair : request.query()) {
      if ("sign".equals(pair[0])) {
        return request;
      }
      query.put(pair[0], pair[1] == null ? "" : pair[1]);
    }
    RawRequest.Builder b = RawRequest.get(request.path()).idempotency(request.idempotency()).operation(request.operation());
    for (String[] pair : request.query()) {
      b.queryParameter(pair[0], pair[1]);
    }
    b.queryParameter("sign", signer.formSign(query));
    for (Map.Entry<String, String> h : request.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    for (Map.Entry<Class<?>, Object> t : request.tags().entrySet()) {
      tag(b, t.getKey(), t.getValue());
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> void tag(RawRequest.Builder b, Class<T> type, Object value) {
    b.tag(type, (T) value);
  }

  private static Map<String, Object> sorted(Map<String, ?> params) {
    Map<String, Object> out = new TreeMap<>();
    for (Map.Entry<String, ?> e : params.entrySet()) {
      Object v = e.getValue();
      if (v != null && !String.valueOf(v).isEmpty()) {
        out.put(Checks.notBlank("params key", e.getKey()), v);
      }
    }
    return out;
  }
}
