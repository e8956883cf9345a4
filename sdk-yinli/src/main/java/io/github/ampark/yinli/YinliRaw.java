package io.github.ampark.yinli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Authenticated requests to any Yinli path, for the endpoints whose contract Yinli has not
 * published: 1.3 电表信息查询, 1.4 商场信息查询, 1.5 模板消息推送, and whatever 畅洋 (Changyang)
 * endpoints (2.1–2.7) are reached through the same gateway. Their paths and bodies are UNKNOWN, so
 * you give both. They go through the same pipeline as the typed push: your {@link
 * YinliAuthenticator} sees the exact bytes, the envelope is checked ({@code success == true}, else
 * an {@link io.github.ampark.core.ApiException}), secrets are redacted, and retries follow the
 * idempotency you declare.
 *
 * <pre>{@code
 * RawResponse r = client.raw().json("openapi/device/query",          // the path Yinli gives you
 *     Collections.singletonMap("mallCode", "MALL-001"), Idempotency.SAFE);
 * JsonNode meters = r.data();
 * }</pre>
 */
public final class YinliRaw {
  private final ClientRuntime runtime;

  YinliRaw(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * POSTs exact JSON text.
   *
   * @param path path relative to the base URL, e.g. {@code openapi/device/query}
   * @param json the body, sent byte for byte as UTF-8
   * @param idempotency whether the call may be resent ({@link Idempotency#SAFE} for queries)
   * @return the decoded envelope
   */
  public RawResponse json(String path, String json, Idempotency idempotency) {
    return runtime.execute(request(path, json, idempotency));
  }

  /**
   * POSTs an object serialised once with the client's mapper.
   *
   * @param path relative path
   * @param body a map or Jackson-annotated object
   * @param idempotency whether the call may be resent
   * @return the decoded envelope
   */
  public RawResponse json(String path, Object body, Idempotency idempotency) {
    return json(path, write(body), idempotency);
  }

  /**
   * POSTs an object on OkHttp's dispatcher.
   *
   * @param path relative path
   * @param body a map or Jackson-annotated object
   * @param idempotency whether the call may be resent
   * @return the decoded envelope, eventually
   */
  public CompletableFuture<RawResponse> jsonAsync(String path, Object body, Idempotency idempotency) {
    return runtime.executeAsync(request(path, write(body), idempotency));
  }

  /**
   * Sends any request through the pipeline (authenticated, decoded, redacted).
   *
   * @param request the request
   * @return the decoded envelope
   */
  public RawResponse execute(RawRequest request) {
    return runtime.execute(request);
  }

  private static RawRequest request(String path, String json, Idempotency idempotency) {
    return RawRequest.post(path).json(json).idempotency(idempotency).operation("raw POST " + path).build();
  }

  private String write(Object body) {
    if (body instanceof String) {
      return (String) body;
    }
    try {
      return runtime.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new ValidationException("body", "cannot be written as JSON: " + e.getOriginalMessage());
    }
  }
}
