package io.github.ampark.bolink.internal;

import io.github.ampark.bolink.BolinkSigner;
import io.github.ampark.bolink.model.OpenServiceTransport;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.spi.VendorSpec;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the client and its area facades share: the union runtime and service, the plain and
 * per-park cloud runtimes and services, the settings. Built once by the client's builder.
 */
public final class BolinkContext {
  /** The vendor name in logs and exceptions. */
  public static final String VENDOR = "bolink";

  /** The union-API runtime (owns the connection pool). */
  public final ClientRuntime union;
  /** The union API. */
  public final UnionService unionService;
  /** The cloud host with the family A rule ({@code ukey}). */
  public final OpenService plainOpen;
  /** The cloud runtimes, one per configured park. */
  public final Map<String, ClientRuntime> parks;
  private final Map<String, OpenService> parkOpen;
  /** {@code union_id}. */
  public final long unionId;
  /** The client's clock. */
  public final Clock clock;
  /** Answers to models. */
  public final Responses responses;
  /** What exitOrder does on proven absence. */
  public final IfAbsent ifAbsent;
  /** The transport of every {@code /zld/openservice/*} endpoint except 3.11. */
  public final OpenServiceTransport openServiceTransport;
  /** The transport of 3.11. */
  public final OpenServiceTransport chargingDiscountTransport;

  private BolinkContext(ClientRuntime union, ClientRuntime plain, Map<String, ClientRuntime> parks, long unionId,
      IfAbsent ifAbsent, OpenServiceTransport openServiceTransport, OpenServiceTransport chargingDiscountTransport) {
    this.union = union;
    this.unionService = union.create(UnionService.class);
    this.plainOpen = plain.create(OpenService.class);
    this.parks = parks;
    Map<String, OpenService> open = new LinkedHashMap<>();
    for (Map.Entry<String, ClientRuntime> e : parks.entrySet()) {
      open.put(e.getKey(), e.getValue().create(OpenService.class));
    }
    this.parkOpen = Collections.unmodifiableMap(open);
    this.unionId = unionId;
    this.clock = union.config().clock();
    this.responses = new Responses(union.redactor());
    this.ifAbsent = ifAbsent;
    this.openServiceTransport = openServiceTransport;
    this.chargingDiscountTransport = chargingDiscountTransport;
  }

  /**
   * @param core the common settings
   * @param unionBaseUrl the union host
   * @param cloudBaseUrl the cloud host
   * @param unionId {@code union_id}
   * @param ukey the vendor key
   * @param parkKeys park → {@code ckey}
   * @param ifAbsent exitOrder's choice on proven absence
   * @param openServiceTransport the {@code /zld/openservice/*} transport
   * @param chargingDiscountTransport 3.11's transport
   * @return the context
   */
  public static BolinkContext create(ClientConfig core, String unionBaseUrl, String cloudBaseUrl, long unionId, Secret ukey,
      Map<String, Secret> parkKeys, IfAbsent ifAbsent, OpenServiceTransport openServiceTransport,
      OpenServiceTransport chargingDiscountTransport) {
    ClientConfig unionConfig = core.toBuilder().baseUrl(unionBaseUrl).build();
    ClientConfig cloudConfig = core.toBuilder().baseUrl(cloudBaseUrl).build();
    VendorSpec.Builder base = VendorSpec.builder(VENDOR).defaultBaseUrl(unionConfig.baseUrl()).secret(ukey.reveal());
    for (Secret s : parkKeys.values()) {
      base.secret(s.reveal());
    }
    VendorSpec unionSpec = base.signer(BolinkRequestSigner.union(BolinkSigner.of(ukey), unionId, core.clock()))
        .decoder(BolinkEnvelope.UNION).build();
    ClientRuntime union = ClientRuntime.create(unionConfig, unionSpec);
    ClientRuntime plain = union.derive(cloudConfig, unionSpec.toBuilder().defaultBaseUrl(cloudConfig.baseUrl()).build());
    Map<String, ClientRuntime> parks = new LinkedHashMap<>();
    for (Map.Entry<String, Secret> e : parkKeys.entrySet()) {
      BolinkSigner ckey = BolinkSigner.of(e.getValue());
      VendorSpec cloud = unionSpec.toBuilder()
          .defaultBaseUrl(cloudConfig.baseUrl())
          .signer(BolinkRequestSigner.cloud(ckey))
          .decoder(BolinkEnvelope.cloud(ckey))
          .logBodyView(BolinkRequestSigner::base64View)
          .build();
      parks.put(e.getKey(), union.derive(cloudConfig, cloud));
    }
    return new BolinkContext(union, plain, Collections.unmodifiableMap(parks), unionId, ifAbsent,
        openServiceTransport, chargingDiscountTransport);
  }

  /**
   * @param transport the endpoint's transport
   * @param parkId the park ({@code comid})
   * @return the service to send with
   * @throws ValidationException if the cloud rule is chosen and the park has no {@code ckey}
   */
  public OpenService open(OpenServiceTransport transport, String parkId) {
    return transport == OpenServiceTransport.PLAIN_JSON_UKEY ? plainOpen : parkService(parkId);
  }

  private OpenService parkService(String parkId) {
    OpenService s = parkOpen.get(parkId);
    if (s == null) {
      throw noKey(parkId);
    }
    return s;
  }

  /**
   * @param parkId a park
   * @return its cloud runtime
   */
  public ClientRuntime park(String parkId) {
    ClientRuntime r = parks.get(parkId);
    if (r == null) {
      throw noKey(parkId);
    }
    return r;
  }

  private static ValidationException noKey(String parkId) {
    return new ValidationException("parkId", "no ckey configured for park " + io.github.ampark.core.Checks.echo(parkId)
        + "; add .parkKey(parkId, ckey) to the builder");
  }
}
