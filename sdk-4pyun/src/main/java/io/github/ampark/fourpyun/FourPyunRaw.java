package io.github.ampark.fourpyun;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Signed requests to any 4pyun path, for endpoints this SDK has no typed method for (vip
 * create/delete, charge type list, realtime spaces, …). They go through the same pipeline as typed
 * calls: the form, query or JSON signature is applied to the exact bytes sent, the envelope is
 * checked (codes {@code 1001}, {@code 1000} and {@code 200} count as success), secrets are
 * redacted, and retries follow the idempotency you declare (UNSAFE unless you say otherwise).
 *
 * <pre>{@code
 * RawResponse r = client.raw().form("parking/internal/vip/delete",
 *     Map.of("park_uuid", park, "plate", "粤B12345"), Idempotency.UNSAFE);
 * String code = r.envelope().path("code").asText();
 * }</pre>
 */
public final class FourPyunRaw {
  private final ClientRuntime runtime;

  FourPyunRaw(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * POSTs a form; {@code sign} is added. {@code null} and empty values are left out.
   *
   * @param path path relative to {@code gate/1.0/}, e.g. {@code parking/internal/vip/delete}
   * @param params parameters with raw values
   * @param idempotency whether the call may be resent
   * @return the decoded envelope
   */
  public RawResponse form(String path, Map<String, ?> params, Idempotency idempotency) {
    return runtime.execute(formRequest(path, params, idempotency));
  }

  /**
   * POSTs a form that is never resent once it may have reached P云.
   *
   * @param path relative path
   * @param params parameters
   * @return the decoded envelope
   */
  public RawResponse form(String path, Map<String, ?> params) {
    return form(path, params, Idempotency.UNSAFE);
  }

  /**
   * GETs with signed query parameters; retried as a read.
   *
   * @param path relative path
   * @param query parameters with raw values
   * @return the decoded envelope
   */
  public RawResponse get(String path, Map<String, ?> query) {
    RawRequest.Builder b = RawRequest.get(path).idempotency(Idempotency.SAFE).operation("raw GET " + path);
    for (Map.Entry<String, ?> e : sorted(query).entrySet()) {
      b.queryParameter(e.getKey(), String.valueOf(e.getValue()));
    }
    return runtime.execute(b.build());
  }

  /**
   * POSTs exact JSON text, signed into the {@code Authorization} header.
   *
   * @param path relative path
   * @param json the body, sent byte for byte as UTF-8
   * @param idempotency whether the call may be resent
   * @return the decoded envelope
   */
  public RawResponse json(String path, String json, Idempotency idempotency) {
    return runtime.execute(RawRequest.post(path).json(json).idempotency(idempotency).operation("raw POST " + path).build());
  }

  /**
   * POSTs an object serialised once with the client's mapper, then signed.
   *
   * @param path relative path
   * @param body a map or Jackson-annotated object
   * @param idempotency whether the call may be resent
   * @return the decoded envelope
   */
  public RawResponse json(String path, Object body, Idempotency idempotency) {
    try {
      return json(path, runtime.mapper().writeValueAsString(body), idempotency);
    } catch (JsonProcessingException e) {
      throw new ValidationException("body", "cannot be written as JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * Sends any request through the pipeline.
   *
   * @param request the request
   * @return the decoded envelope
   */
  public RawResponse execute(RawRequest request) {
    return runtime.execute(request);
  }

  /**
   * Sends any request on OkHttp's dispatcher.
   *
   * @param request the request
   * @return the decoded envelope, eventually
   */
  public CompletableFuture<RawResponse> executeAsync(RawRequest request) {
    return runtime.executeAsync(request);
  }

  private static RawRequest formRequest(String path, Map<String, ?> params, Idempotency idempotency) {
    return RawRequest.post(path).form(sorted(params)).idempotency(idempotency).operation("raw POST " + path).build();
  }

  private static Map<String, Object> sorted(Map<String, ?> params) {
    Map<String, Object> out = new TreeMap<>();
    for (Map.Entry<String, ?> e : params.entrySet()) {
      Object v = e.getValue();
      if (v != null && !String.valueOf(v).isEmpty()) {
        out.put(e.getKey(), v);
      }
    }
    return out;
  }
}
