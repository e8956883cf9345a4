package io.github.ampark.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.spi.AmparkCall;
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

  /** The keyed operation, declared once; the public forms below are one-liners over it. */
  private AmparkCall<AcmeOrder> createOrderCall(String orderNo, long amountFen) {
    return BusinessKeyCalls.keyed(runtime, "createOrder", orderNo,
        service.createOrder(orderNo, amountFen),
        failure -> service.findOrders(orderNo).map(answer -> reconcile(orderNo, amountFen, answer)),
        ifAbsent);
  }

  public AcmeOrder createOrder(String orderNo, long amountFen) {
    return createOrderCall(orderNo, amountFen).execute();
  }

  public CompletableFuture<AcmeOrder> createOrderAsync(String orderNo, long amountFen) {
    return createOrderCall(orderNo, amountFen).executeAsync();
  }

  /**
   * Acme's rules of proof: found only for this key with this amount; absent only for a well-formed
   * page ({@code total} an integer equal to the number of orders listed, {@code orders} an array)
   * listing nothing; anything else proves nothing.
   */
  Reconciliation<AcmeOrder> reconcile(String orderNo, long amountFen, JsonNode answer) {
    JsonNode total = answer == null ? null : answer.get("total");
    JsonNode orders = answer == null ? null : answer.get("orders");
    if (total == null || !total.isIntegralNumber() || orders == null || !orders.isArray()) {
      return Reconciliation.unknown("a malformed answer (no integer total or no order list)");
    }
    if (total.asLong() != orders.size()) {
      return Reconciliation.unknown("total " + total.asLong() + " but " + orders.size() + " orders listed");
    }
    for (JsonNode o : orders) {
      if (!orderNo.equals(o.path("order_no").asText(null))) {
        return Reconciliation.unknown("the answer named another order");
      }
      if (o.path("amount_fen").asLong(-1) != amountFen) {
        return Reconciliation.unknown("the answer names this key with another amount");
      }
      try {
        return Reconciliation.found(runtime.mapper().treeToValue(o, AcmeOrder.class));
      } catch (java.io.IOException | IllegalArgumentException e) {
        return Reconciliation.unknown("the order in the answer is malformed");
      }
    }
    return Reconciliation.absent();
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
    private IfAbsent ifAbsent = IfAbsent.THROW;

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
