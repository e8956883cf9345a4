package io.github.ampark.yinli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.Checks;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.yinli.internal.AssetsService;
import io.github.ampark.yinli.internal.EnergyService;
import io.github.ampark.yinli.internal.Readers;
import io.github.ampark.yinli.internal.YinliEnvelope;
import io.github.ampark.yinli.internal.YinliRequestSigner;
import io.github.ampark.yinli.model.AdjustResult;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.MallInfo;
import io.github.ampark.yinli.model.MeterDataPage;
import io.github.ampark.yinli.model.MeterInfo;
import io.github.ampark.yinli.model.Usage;
import java.util.List;

/**
 * The Yinli (印力) merchant energy system, either side: {@link #assets()} calls the 1.x endpoints
 * Yinli serves (monthly readings, meter and mall queries, template messages) and {@link #energy()}
 * the 2.x endpoints the energy system (畅洋 / Changyang) serves (device info, top-up, usage,
 * balance adjustment, meter data). Build one client per peer host; the 2.x endpoints are always
 * sealed with the "0.1 通用请求方式" envelope ({@link YinliCodec}); whether the 1.x are too is
 * UNKNOWN, so you say it. Immutable and thread-safe; close it when your application stops.
 *
 * <pre>{@code
 * try (YinliClient yinli = YinliClient.builder()
 *         .baseUrl("https://yinli.example.cn/")           // required: no host is public
 *         .codec(codec)                                  // see YinliCodec
 *         .assetsEnvelope(true)                          // 1.x sealed too? ask Yinli
 *         .build()) {
 *   yinli.assets().meterReadingSync("MALL-001", "1.0").parallelism(4).build().run(readings);
 * }
 * }</pre>
 *
 * <p>Errors: {@code success == false} is an {@link io.github.ampark.core.ApiException} with the
 * answer's {@code code}, {@code msg} and {@code error.traceId}; an answer that cannot be read or
 * whose seal fails is a {@link io.github.ampark.core.ResponseFormatException}; bad input is a
 * {@link ValidationException} before anything is sent.
 */
public final class YinliClient implements AutoCloseable {
  static final String VENDOR = "yinli";

  private final ClientRuntime runtime;
  private final YinliAssets assets;
  private final YinliEnergy energy;
  private final YinliRaw raw;

  private YinliClient(ClientRuntime runtime, @Nullable ClientRuntime sealed, boolean assetsSealed) {
    this.runtime = runtime;
    this.assets = new YinliAssets((assetsSealed ? sealed : runtime).create(AssetsService.class));
    this.energy = new YinliEnergy(sealed, sealed == null ? null : sealed.create(EnergyService.class));
    this.raw = new YinliRaw(runtime, sealed);
  }

  /**
   * Starts a client. The base URL is required (Yinli publishes no host); everything else has the
   * defaults of {@code AmparkClientBuilder}, no authenticator and no codec (plain JSON to the 1.x
   * endpoints, no 2.x).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Yinli's 1.x endpoints: meter readings, mall and meter information, template messages; for the
   * energy system calling Yinli (or a test of one).
   *
   * @return the 1.x area of this client
   */
  public YinliAssets assets() {
    return assets;
  }

  /**
   * The energy system's 2.x endpoints: device info, top-up, usage, balance adjustment, meter data; for
   * Yinli calling an energy system (or a test of one). Every call is sealed, so the client needs a
   * codec.
   *
   * @return the 2.x area of this client
   */
  public YinliEnergy energy() {
    return energy;
  }

  /**
   * Requests to any path, sealed or plain: for 2.4, 2.7 and anything unpublished.
   *
   * @return the raw area of this client
   */
  public YinliRaw raw() {
    return raw;
  }

  /** Ends this client and its connections, if it owns them. */
  @Override
  public void close() {
    runtime.close();
  }

  /** The base URL only: keys are never printed. */
  @Override
  public String toString() {
    return "YinliClient{" + runtime.redactor().redactUrl(runtime.baseUrl()) + "}";
  }

  /**
   * Builds a {@link YinliClient}. The base URL is required. Without a {@link #codec} the client
   * speaks plain JSON to 1.x and cannot call 2.x; with one, {@link #assetsEnvelope} must be said.
   */
  public static final class Builder extends AmparkClientBuilder<Builder> {
    private YinliAuthenticator authenticator = YinliAuthenticator.none();
    private @Nullable YinliCodec codec;
    private @Nullable Boolean assetsEnvelope;

    private Builder() {}

    /**
     * Adds authentication to every attempt (a token header, a refreshed token, …) on top of the
     * envelope. Default {@link YinliAuthenticator#none()}.
     *
     * @param authenticator the authenticator
     * @return this builder
     */
    public Builder authenticator(YinliAuthenticator authenticator) {
      this.authenticator = Checks.notNull("authenticator", authenticator);
      return this;
    }

    /**
     * The 0.1 envelope: your private key, the peer's public key and every crypto choice. Required for
     * the 2.x endpoints and for sealed 1.x ones; default none.
     *
     * @param codec the codec
     * @return this builder
     */
    public Builder codec(YinliCodec codec) {
      this.codec = Checks.notNull("codec", codec);
      return this;
    }

    /**
     * Whether the 1.x endpoints are sealed too (Yinli's 1.x pages show plain JSON and no
     * remark; UNKNOWN: ask Yinli). Required once a codec is given; {@code true} needs a codec.
     *
     * @param sealed {@code true} for the envelope, {@code false} for plain JSON
     * @return this
     */
    public Builder assetsEnvelope(boolean sealed) {
      this.assetsEnvelope = sealed;
      return this;
    }

    /**
     * Builds the client; immutable and thread-safe, so build one and share it, and close it when done.
     *
     * @return the client
     * @throws ValidationException if the base URL is missing, a codec is given without {@link
     *     #assetsEnvelope}, or {@code assetsEnvelope(true)} is given without a codec
     */
    public YinliClient build() {
      ClientConfig config = coreConfig();
      if (config.baseUrl() == null) {
        throw new ValidationException("baseUrl", "is required: Yinli publishes no host; use the one your peer gave you");
      }
      if (codec != null && assetsEnvelope == null) {
        throw new ValidationException("assetsEnvelope", "is required with a codec: say whether Yinli's 1.x endpoints use "
            + "the 0.1 envelope too (UNKNOWN: ask Yinli)");
      }
      if (codec == null && Boolean.TRUE.equals(assetsEnvelope)) {
        throw new ValidationException("codec", "is required to seal the 1.x endpoints");
      }
      VendorSpec plain = spec(config, null);
      ClientRuntime runtime = ClientRuntime.create(config, plain);
      ClientRuntime sealed = codec == null ? null : runtime.derive(spec(config, codec));
      return new YinliClient(runtime, sealed, Boolean.TRUE.equals(assetsEnvelope));
    }

    private VendorSpec spec(ClientConfig config, @Nullable YinliCodec c) {
      YinliAuthenticator auth = authenticator;
      VendorSpec.Builder spec = VendorSpec.builder(VENDOR)
          .defaultBaseUrl(config.baseUrl())
          .signer(new YinliRequestSigner(c, auth))
          .decoder(new YinliEnvelope(c))
          .exactDecimals() // as internal.Json.newMapper(): Readers take money as written
          .reader(DeviceInfo.class, Readers::deviceInfo)
          .reader(AdjustResult.class, Readers::adjustResult)
          .reader(MeterDataPage.class, Readers::meterDataPage)
          .reader(new TypeReference<List<Usage>>() {}, Readers::usages)
          .reader(new TypeReference<List<MeterInfo>>() {}, Readers::meterInfos)
          .reader(new TypeReference<List<MallInfo>>() {}, Readers::mallInfos)
          .sensitiveFields(auth.sensitiveNames().toArray(new String[0]));
      for (Secret s : auth.secrets()) {
        spec.secret(s.reveal());
      }
      return spec.build();
    }
  }
}
