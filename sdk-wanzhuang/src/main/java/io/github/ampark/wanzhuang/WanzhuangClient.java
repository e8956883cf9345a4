package io.github.ampark.wanzhuang;

import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.Checks;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.wanzhuang.internal.Bodies;
import io.github.ampark.wanzhuang.internal.WanzhuangEnvelope;
import io.github.ampark.wanzhuang.internal.WanzhuangRequestSigner;
import io.github.ampark.wanzhuang.internal.WanzhuangService;
import io.github.ampark.wanzhuang.model.ListEncoding;
import java.util.regex.Pattern;

/**
 * The client for Wanzhuang (万庄) wz-open charging piles, grouped by area: {@link #devices()}
 * (device info, modes, logs), {@link #states()} (device state), {@link #charging()} (start, stop and
 * the callback tools), {@link #renewals()} (SIM renewal), and {@link #raw()} for the endpoints
 * without a typed method. Callbacks: {@link WanzhuangCallbacks}.
 *
 * <pre>{@code
 * try (WanzhuangClient wz = WanzhuangClient.builder(appId, secret, WanzhuangEnvironment.TEST).build()) {
 *   wz.devices().addDevice(DeviceRequest.of("18000001"));
 *   StartChargeResult r = wz.charging().startCharge(StartChargeRequest.builder()
 *       .deviceNum("18000001").devicePort(1).chargeId(1751254762038L)
 *       .chargeMode(ChargeMode.TIME_2).totalFeeFen(100).build());
 * }
 * }</pre>
 *
 * <p>The production host is not published: give it with {@link #builder(String, String, String)}. Every
 * request carries {@code app_id}, {@code timestamp} (Unix seconds from the client's clock) and {@code sign}
 * ({@link WanzhuangSigner}) beside its business fields (JSON body, multipart form or query string).
 * Immutable and thread-safe; build one per app id and share it.
 */
public final class WanzhuangClient implements AutoCloseable {
  static final String VENDOR = "wanzhuang";
  private static final Pattern APP_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final ClientRuntime runtime;
  private final String appId;
  private final WanzhuangDevices devices;
  private final WanzhuangStates states;
  private final WanzhuangCharging charging;
  private final WanzhuangRenewals renewals;
  private final WanzhuangRaw raw;

  private WanzhuangClient(ClientRuntime runtime, String appId, ListEncoding lists, IfAbsent ifAbsent) {
    this.runtime = runtime;
    this.appId = appId;
    WanzhuangService service = runtime.create(WanzhuangService.class);
    Bodies bodies = new Bodies(runtime.spec()::mapper, lists);
    this.devices = new WanzhuangDevices(service, bodies);
    this.states = new WanzhuangStates(service, bodies);
    this.charging = new WanzhuangCharging(runtime, service, bodies, ifAbsent);
    this.renewals = new WanzhuangRenewals(runtime, service, bodies, ifAbsent);
    this.raw = new WanzhuangRaw(runtime);
  }

  /**
   * Starts a client for a known host, e.g. {@link WanzhuangEnvironment#TEST}; {@link Builder} lists the defaults.
   *
   * @param appId the application id ({@code app_id}): 1–64 letters, digits, {@code _} or {@code -}
   * @param secret the merchant key ("商户私钥") that signs every request; never printed
   * @param environment the host
   * @return a new builder
   */
  public static Builder builder(String appId, String secret, WanzhuangEnvironment environment) {
    return new Builder(appId, secret, Checks.notNull("environment", environment).baseUrl());
  }

  /**
   * Starts a client for a host given by URL: the production host Wanzhuang gives you (not published), or a
   * fake's URL. Trailing slashes are normalised: {@code https://host} and {@code https://host/} both give
   * {@code https://host/open/…}.
   *
   * @param appId the application id ({@code app_id}): 1–64 letters, digits, {@code _} or {@code -}
   * @param secret the merchant key ("商户私钥") that signs every request; never printed
   * @param baseUrl the host
   * @return a new builder
   */
  public static Builder builder(String appId, String secret, String baseUrl) {
    return new Builder(appId, secret, baseUrl);
  }

  /**
   * Device information, charging modes and device logs ({@code /open/device/*}).
   * @return the devices area of this client
   */
  public WanzhuangDevices devices() {
    return devices;
  }

  /**
   * Device state: port states, setting devices offline, marking ports faulty ({@code /open/device/state/*}).
   * @return the state area of this client
   */
  public WanzhuangStates states() {
    return states;
  }

  /**
   * Charge start and stop, and the callback tools: the callback log and the finish_order retry.
   * @return the charging area of this client
   */
  public WanzhuangCharging charging() {
    return charging;
  }

  /**
   * SIM traffic-card renewal: expiring devices, renewal orders and their status ({@code /open/renew/*}).
   * @return the renewal area of this client
   */
  public WanzhuangRenewals renewals() {
    return renewals;
  }

  /**
   * Signed requests to any path, for the endpoints without a typed method.
   * @return the raw area of this client
   */
  public WanzhuangRaw raw() {
    return raw;
  }

  /**
   * The application id every request is signed for ({@code app_id}).
   * @return the app id
   */
  public String appId() {
    return appId;
  }

  /** Releases the connection pool (unless you supplied the {@code OkHttpClient}). Idempotent. */
  @Override
  public void close() {
    runtime.close();
  }

  /** App id and base URL; never the secret. */
  @Override
  public String toString() {
    return "WanzhuangClient{appId=" + appId + ", baseUrl=" + runtime.baseUrl() + "}";
  }

  /**
   * Builds a {@link WanzhuangClient}: everything from {@link AmparkClientBuilder} (timeouts, retries, logging,
   * clock, your own {@code OkHttpClient}) plus the choices Wanzhuang has not published ({@link #signer}, default
   * the default {@link WanzhuangSigner}; {@link #listEncoding}, default {@link ListEncoding#JSON_ARRAY}).
   */
  public static final class Builder extends AmparkClientBuilder<Builder> {
    private final String appId;
    private final Secret secret;
    private final String baseUrl;
    private java.util.function.UnaryOperator<WanzhuangSigner> signerChoice = s -> s;
    private ListEncoding lists = ListEncoding.JSON_ARRAY;
    private IfAbsent ifAbsent = IfAbsent.THROW;

    private Builder(String appId, String secret, String baseUrl) {
      if (appId == null || !APP_ID.matcher(appId).matches()) {
        throw new ValidationException("appId", "must be 1 to 64 letters, digits, _ or - (was " + Checks.echo(appId) + ")");
      }
      this.appId = appId;
      this.secret = Secret.of("secret", secret);
      this.baseUrl = normalise(Checks.notBlank("baseUrl", baseUrl));
      baseUrl(this.baseUrl);
    }

    /**
     * Changes the signing choices Wanzhuang has not published: the hash, how arrays and empty values
     * enter the string to sign.
     *
     * <pre>{@code
     * .signer(s -> s.withHash(WanzhuangSigner.Hash.SHA256_WITH_SECRET_APPENDED))
     * }</pre>
     *
     * @param choice from the default signer to the one to use
     * @return this
     */
    public Builder signer(java.util.function.UnaryOperator<WanzhuangSigner> choice) {
      this.signerChoice = Checks.notNull("signer", choice);
      return this;
    }

    /**
     * How lists go into a single text field (saveMode's tier lists, findMultiDevices' {@code device_nums});
     * the vendor has not published it. Default {@link ListEncoding#JSON_ARRAY}.
     *
     * @param encoding the encoding
     * @return this builder
     */
    public Builder listEncoding(ListEncoding encoding) {
      this.lists = Checks.notNull("listEncoding", encoding);
      return this;
    }

    /**
     * What {@code startCharge} and {@code createRenewOrder} do when, after an ambiguous failure,
     * Wanzhuang shows no such charge or order: throw an {@link
     * io.github.ampark.core.OutcomeUnknownException} ({@link IfAbsent#THROW}, the default) or send
     * once more after a second, agreeing look ({@link IfAbsent#RESEND}).
     *
     * @param policy the policy
     * @return this
     */
    public Builder ifAbsent(IfAbsent policy) {
      this.ifAbsent = Checks.notNull("ifAbsent", policy);
      return this;
    }

    /**
     * Builds the client; immutable and thread-safe, so build one per app id and share it, and close it when
     * done.
     *
     * @return the client
     * @throws io.github.ampark.core.ValidationException when a setting is missing or invalid
     */
    public WanzhuangClient build() {
      ClientConfig config = coreConfig();
      WanzhuangSigner signer = Checks.notNull("signer", signerChoice.apply(WanzhuangSigner.of(secret)));
      VendorSpec unsigned = VendorSpec.builder(VENDOR)
          .defaultBaseUrl(baseUrl)
          .decoder(WanzhuangEnvelope.DECODER)
          .secret(secret.reveal())
          .build();
      // the signer shares the spec's mapper (Ampark's; a derived spec shares it), made by the first
      // body that needs one
      VendorSpec spec = unsigned.toBuilder()
          .signer(new WanzhuangRequestSigner(appId, signer, config.clock(), unsigned::mapper))
          .build();
      return new WanzhuangClient(ClientRuntime.create(config, spec), appId, lists, ifAbsent);
    }

    private static String normalise(String url) {
      String u = url.trim();
      while (u.endsWith("/")) {
        u = u.substring(0, u.length() - 1);
      }
      return u + "/";
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
      return "WanzhuangClient.Builder{appId=" + appId + ", baseUrl=" + baseUrl + "}";
    }
  }
}
