package io.github.ampark.yinli.model;

import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One verified, decrypted 2.x call received by the energy system: which endpoint (by the path it
 * arrived at), the 0.1 headers as sent (unsigned: for logs and correlation, never for decisions),
 * the opened business JSON, and the typed request for the endpoints with a published body.
 * Immutable.
 *
 * <pre>{@code
 * InboundCall call = callbacks.parse(request, "/payElec");
 * if (call.kind() == InboundCall.Kind.TOP_UP) book(call.topUp());
 * }</pre>
 */
public final class InboundCall {
  /** The endpoint a call arrived at. */
  public enum Kind {
    /** 2.1 查询设备信息 ({@code /deviceInfo}). */
    DEVICE_INFO("deviceInfo"),
    /** 2.2 充值交费 ({@code /payElec}). */
    TOP_UP("payElec"),
    /** 2.3 用电数据查询 ({@code /useData}). */
    USAGE("useData"),
    /** 2.5 余额调整 ({@code /adjust}). */
    ADJUST("adjust"),
    /** 2.6 同步电表数据 ({@code /readRt}). */
    METER_DATA("readRt"),
    /** Any other path (2.4, 2.7, unpublished): the JSON only. */
    OTHER("");

    private final String segment;

    Kind(String segment) {
      this.segment = segment;
    }

    /**
     * The path's last segment Yinli's spec gives ({@code payElec}); empty for {@link #OTHER}.
     *
     * @return the path's last segment Yinli's spec gives; empty for {@link #OTHER}
     */
    public String pathSegment() {
      return segment;
    }

    /**
     * The endpoint a path names, by its last segment (a query string and trailing slashes are ignored).
     *
     * @param path the path a call arrived at, e.g. {@code /energy/payElec}
     * @return the kind, or {@link #OTHER} for a segment Yinli's spec does not give
     * @throws io.github.ampark.core.ValidationException when {@code path} is {@code null}
     */
    public static Kind ofPath(String path) {
      String p = Checks.notNull("path", path);
      int q = p.indexOf('?');
      if (q >= 0) {
        p = p.substring(0, q);
      }
      while (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      String last = p.substring(p.lastIndexOf('/') + 1);
      for (Kind k : values()) {
        if (k != OTHER && k.segment.equals(last)) {
          return k;
        }
      }
      return OTHER;
    }
  }

  private final Kind kind;
  private final String path;
  private final Map<String, String> headers;
  private final String json;
  private final @Nullable Object request;

  /**
   * A call as {@code YinliCallbacks} opened it; you build one only in tests of your own handler.
   *
   * @param kind the endpoint
   * @param path the path as received
   * @param headers the 0.1 headers present, in Yinli's order
   * @param json the opened business JSON
   * @param request the typed request of {@code kind} ({@code null} for {@link Kind#OTHER})
   * @throws io.github.ampark.core.ValidationException when {@code kind}, {@code path} or {@code json}
   *     is {@code null}
   */
  public InboundCall(Kind kind, String path, Map<String, String> headers, String json, @Nullable Object request) {
    this.kind = Checks.notNull("kind", kind);
    this.path = Checks.notNull("path", path);
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.json = Checks.notNull("json", json);
    this.request = request;
  }

  /**
   * Which endpoint the call arrived at, from the path's last segment.
   *
   * @return the kind; {@link Kind#OTHER} for a path Yinli's spec does not give
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The path the call arrived at, as received (e.g. {@code /energy/payElec}).
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The 0.1 headers present ({@code version}, {@code corpId}, {@code appId}, {@code requestId}, {@code requestTime}); unsigned.
   *
   * @return the 0.1 headers present ({@code version}, {@code corpId}, {@code appId}, {@code requestId}, {@code requestTime}); unsigned
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The {@code requestId} header, or {@code null}.
   *
   * @return the {@code requestId} header, or {@code null} when left out
   */
  public @Nullable String requestId() {
    return headers.get("requestId");
  }

  /**
   * The opened business JSON, exactly as decrypted.
   *
   * @return the opened business JSON, exactly as decrypted
   */
  public String json() {
    return json;
  }

  /**
   * The typed request of a 2.1 call (查询设备信息): the shop and meter Yinli asks about.
   *
   * @return the request
   * @throws CallbackVerificationException if this call is of another kind
   */
  public DeviceInfoQuery deviceInfo() {
    return as(Kind.DEVICE_INFO, DeviceInfoQuery.class);
  }

  /**
   * The typed request of a 2.2 call (充值交费): the payment to book.
   *
   * @return the request
   * @throws CallbackVerificationException if this call is of another kind
   */
  public TopUp topUp() {
    return as(Kind.TOP_UP, TopUp.class);
  }

  /**
   * The typed request of a 2.3 call (用电数据查询): the shop, meter and period.
   *
   * @return the request
   * @throws CallbackVerificationException if this call is of another kind
   */
  public UsageQuery usage() {
    return as(Kind.USAGE, UsageQuery.class);
  }

  /**
   * The typed request of a 2.5 call (余额调整): the shop and its new balance.
   *
   * @return the request
   * @throws CallbackVerificationException if this call is of another kind
   */
  public BalanceAdjustment adjustment() {
    return as(Kind.ADJUST, BalanceAdjustment.class);
  }

  /**
   * The typed request of a 2.6 call (同步电表数据): the meters and page.
   *
   * @return the request
   * @throws CallbackVerificationException if this call is of another kind
   */
  public MeterDataQuery meterData() {
    return as(Kind.METER_DATA, MeterDataQuery.class);
  }

  private <T> T as(Kind expected, Class<T> type) {
    if (kind != expected || !type.isInstance(request)) {
      throw new CallbackVerificationException("yinli", "the call is " + kind + ", not " + expected);
    }
    return type.cast(request);
  }

  /** Kind, path and request id; never the body. */
  @Override
  public String toString() {
    return "InboundCall{" + kind + " " + Checks.echo(path) + ", requestId " + Checks.echo(requestId()) + "}";
  }
}
