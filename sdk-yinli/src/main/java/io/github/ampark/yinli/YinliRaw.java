package io.github.ampark.yinli;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.spi.ClientRuntime;
import java.util.concurrent.CompletableFuture;

/**
 * Requests to any path, for endpoints without a typed method: 2.4 余额退费 and 2.7 支付类型查询
 * (no published body), or anything new. The JSON you give is sealed with the client's codec when
 * the request is tagged {@link Format#ENVELOPE} (the default when the client has a codec) and sent
 * as it is when tagged {@link Format#PLAIN_JSON} (the default without one). Answers are decoded,
 * opened and checked like the typed ones.
 *
 * <pre>{@code
 * RawResponse r = yinli.raw().post("refund", "{\"shopCode\":\"S-101\"}", Idempotency.UNSAFE);
 * RawResponse p = yinli.raw().execute(RawRequest.post("openapi/x").json(json)
 *     .tag(YinliRaw.Format.class, YinliRaw.Format.PLAIN_JSON).build());
 * }</pre>
 */
public final class YinliRaw {
  /** How a raw request travels; a tag on core's {@link RawRequest}. */
  public enum Format {
    /** Sealed with the client's codec (multipart {@code body} and {@code signature}, the 0.1 headers). */
    ENVELOPE,
    /** The JSON as it is. */
    PLAIN_JSON
  }

  private final ClientRuntime plain;
  private final @Nullable ClientRuntime sealed;

  YinliRaw(ClientRuntime plain, @Nullable ClientRuntime sealed) {
    this.plain = plain;
    this.sealed = sealed;
  }

  /**
   * POSTs JSON text (sealed if the client has a codec).
   *
   * @param path relative to the base URL, e.g. {@code refund}
   * @param json the business JSON
   * @param idempotency whether it may be resent ({@link Idempotency#SAFE} only for queries)
   * @return the decoded answer
   */
  public RawResponse post(String path, String json, Idempotency idempotency) {
    return execute(request(path, json, idempotency));
  }

  /**
   * Like {@link #post}, without blocking the calling thread: the future completes with the same result,
   * or fails with the same exception.
   *
   * @param path relative to the base URL
   * @param json the business JSON
   * @param idempotency whether it may be resent
   * @return the decoded answer, eventually
   */
  public CompletableFuture<RawResponse> postAsync(String path, String json, Idempotency idempotency) {
    return executeAsync(request(path, json, idempotency));
  }

  /**
   * Sends any request: sealed with the client's codec when tagged {@link Format#ENVELOPE} (the default
   * when the client has a codec), as it is when tagged {@link Format#PLAIN_JSON} (the default without
   * one). The answer is decoded, opened and checked like a typed one.
   *
   * @param request the request; tag it with a {@link Format} to choose
   * @return the decoded answer
   * @throws ValidationException (field {@code codec}) for a sealed request on a client without a codec
   */
  public RawResponse execute(RawRequest request) {
    return runtime(request).execute(request);
  }

  /**
   * Like {@link #execute}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param request the request
   * @return the decoded answer, eventually
   */
  public CompletableFuture<RawResponse> executeAsync(RawRequest request) {
    return runtime(request).executeAsync(request);
  }

  private ClientRuntime runtime(RawRequest request) {
    Checks.notNull("request", request);
    Object tag = request.tags().get(Format.class);
    Format format = tag instanceof Format ? (Format) tag : sealed != null ? Format.ENVELOPE : Format.PLAIN_JSON;
    if (format == Format.PLAIN_JSON) {
      return plain;
    }
    if (sealed == null) {
      throw new ValidationException("codec", "is required for a sealed raw request (YinliClient.Builder.codec)");
    }
    return sealed;
  }

  private static RawRequest request(String path, String json, Idempotency idempotency) {
    Checks.notBlank("path", path);
    Checks.notNull("json", json);
    return RawRequest.post(path).json(json).idempotency(Checks.notNull("idempotency", idempotency))
        .operation("raw POST " + path).build();
  }
}
