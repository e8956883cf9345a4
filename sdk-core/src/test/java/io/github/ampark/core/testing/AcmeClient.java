package io.github.ampark.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.Secret;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.spi.EnvelopeDecoder;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.core.spi.RequestSigner;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A small, complete test-only vendor ("acme") built on sdk-core the way real vendor modules are:
 * builder, signer, envelope decoder, typed calls, reconcile on a business key, raw escape hatch.
 *
 * <p>Wire contract: {@code sign} = MD5(secret + body + ts) upper-case in the query next to {@code
 * ts} (epoch seconds from the client clock); header {@code X-Acme-Key}; envelope {@code {code,
 * message, request_id, data}} with {@code code == "OK"} for success.
 */
public final class AcmeClient implements AutoCloseable {
  public static final EnvelopeDecoder DECODER =
      ctx -> {
        JsonNode env = ctx.json();
        String code = ctx.requiredText(env, "code");
        if (!"OK".equals(code)) {
          throw ctx.apiError(code, env.path("message").asText(null), env.path("request_id").asText(null));
        }
        return env.path("data");
      };

  private final ClientRuntime runtime;
  private final AcmeService service;
  private final IfAbsent ifAbsent;

  private AcmeClient(ClientRuntime runtime, IfAbsent ifAbsent) {
    this.runtime = runtime;
    this.service = runtime.create(AcmeService.class);
    this.ifAbsent = ifAbsent;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static String sign(String secret, String body, String ts) {
    return Digests.md5Hex(secret + body + ts, HexCase.UPPER);
  }

  public AcmeOrder getOrder(String orderNo) {
    return service.getOrder(orderNo).execute();
  }

  public CompletableFuture<AcmeOrder> getOrderAsync(String orderNo) {
    return service.getOrder(orderNo).executeAsync();
  }

  public AcmeOrder createOrder(String orderNo, long amountFen) {
    return BusinessKeyCalls.execute(
        "acme", "createOrder", orderNo,
        () -> service.createOrder(orderNo, amountFen).execute(),
        failure -> {
          try {
            return Reconciliation.found(getOrder(orderNo));
          } catch (ApiException e) {
            if ("NOT_FOUND".equals(e.vendorCode())) {
              return Reconciliation.absent();
            }
            throw e;
          }
        },
        ifAbsent);
  }

  public CompletableFuture<AcmeOrder> createOrderAsync(String orderNo, long amountFen) {
    return BusinessKeyCalls.executeAsync(
        "acme", "createOrder", orderNo,
        () -> service.createOrder(orderNo, amountFen).executeAsync(),
        failure -> getOrderAsync(orderNo).handle((order, t) -> {
          if (t == null) {
            return Reconciliation.found(order);
          }
          Throwable cause = t.getCause() != null ? t.getCause() : t;
          if (cause instanceof ApiException && "NOT_FOUND".equals(((ApiException) cause).vendorCode())) {
            return Reconciliation.<AcmeOrder>absent();
          }
          throw new java.util.concurrent.CompletionException(cause);
        }),
        ifAbsent);
  }

  public JsonNode charge(Map<String, Object> body) {
    return service.charge(body).execute();
  }

  public String undeclared(Map<String, Object> body) {
    return service.undeclared(body).execute();
  }

  public Void nothing() {
    return service.nothing().execute();
  }

  public RawResponse raw(RawRequest request) {
    return runtime.execute(request);
  }

  public ClientRuntime runtime() {
    return runtime;
  }

  @Override
  public void close() {
    runtime.close();
  }

  public static final class Builder extends AmparkClientBuilder<Builder> {
    private String appId = "acme-app";
    private Secret secret;
    private IfAbsent ifAbsent = IfAbsent.RESEND;

    public Builder credentials(String appId, String secret) {
      this.appId = appId;
      this.secret = Secret.of("secret", secret);
      return this;
    }

    public Builder ifAbsent(IfAbsent ifAbsent) {
      this.ifAbsent = ifAbsent;
      return this;
    }

    public AcmeClient build() {
      Secret s = secret;
      String id = appId;
      java.time.Clock clock = coreConfig().clock();
      RequestSigner signer = request -> {
        String ts = Long.toString(clock.instant().getEpochSecond());
        request.addQueryParameter("ts", ts);
        request.addQueryParameter("sign", sign(s.reveal(), request.bodyText(), ts));
        request.header("X-Acme-Key", id);
      };
      VendorSpec spec = VendorSpec.builder("acme")
          .defaultBaseUrl("https://api.acme.invalid/")
          .signer(signer)
          .decoder(DECODER)
          .secret(s.reveal())
          .build();
      return new AcmeClient(ClientRuntime.create(coreConfig(), spec), ifAbsent);
    }
  }
}
