package io.github.ampark.bolink.model;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;

/**
 * How a raw request ({@code client.raw().execute(RawRequest)}) is signed and framed: attach it as
 * a tag on core's {@link io.github.ampark.core.http.RawRequest}. Without a tag a raw request is a
 * union-API request (family A, {@code ukey}) whose {@code data} is sent exactly as given.
 *
 * <pre>{@code
 * String lock = BolinkSigner.dataJson(data);
 * client.raw().execute(RawRequest.post("zld/openservice/lockcar").json(lock)
 *     .tag(RawSigning.class, RawSigning.cloud("kytest2020032501")).build());        // family B, park key
 * client.raw().execute(RawRequest.post("unionapi/neworder/querywithDrawList").json(query)
 *     .tag(RawSigning.class, RawSigning.union(UnionIdPlacement.TOP_LEVEL)).build()); // union_id next to sign
 * client.raw().execute(RawRequest.post("unionapi/binternal/applet/orderExtraInfo").json(info)
 *     .tag(RawSigning.class, RawSigning.appletOrderExtraInfo()).build());            // type, unionId, unixTs
 * client.raw().execute(RawRequest.post(legacyPath).json(params)                  // a /unionapi/order/… path
 *     .tag(RawSigning.class, RawSigning.legacy()).build());                          // family C
 * }</pre>
 */
public final class RawSigning {
  /** The signing family of a raw request. */
  public enum Family {
    /** Family A, {@code {"data":…,"sign":…}} signed with {@code ukey}, to the union host. */
    UNION,
    /** Family B, Base64 signed with a park's {@code ckey}, to the cloud host. */
    CLOUD,
    /** Family C, the flat parameters plus {@code sign}, to the union host. */
    LEGACY,
    /**
     * The {@code binternal/applet/orderExtraInfo} variant of Bolink's demo: family A's signature,
     * the body {@code {"data":…,"sign":…,"type":"MD5","unionId":…,"unixTs":…}} (the demo's DTO as
     * fastjson writes it, members in alphabetical order). Whether {@code unixTs} is also signed is
     * not published; it is not.
     */
    APPLET_ORDER_EXTRA_INFO
  }

  private final Family family;
  private final UnionIdPlacement placement;
  private final @Nullable String parkId;

  private RawSigning(Family family, UnionIdPlacement placement, @Nullable String parkId) {
    this.family = family;
    this.placement = placement;
    this.parkId = parkId;
  }

  /**
   * Signs as the union API does (family A), with {@code union_id} where you choose.
   *
   * @param placement where {@code union_id} goes ({@link UnionIdPlacement#IN_DATA} inserts it first
   *     into {@code data} unless it is there)
   * @return family A with that placement
   */
  public static RawSigning union(UnionIdPlacement placement) {
    return new RawSigning(Family.UNION, Checks.notNull("placement", placement), null);
  }

  /**
   * Signs as the cloud API does (family B), with a park's {@code ckey}, and sends to the cloud
   * host.
   *
   * @param parkId a park configured with {@code BolinkClient.Builder#parkKey}
   * @return family B with that park's key, to the cloud host
   */
  public static RawSigning cloud(String parkId) {
    return new RawSigning(Family.CLOUD, UnionIdPlacement.NONE, Checks.notBlank("parkId", parkId));
  }

  /**
   * Signs by the legacy rule (family C).
   *
   * @return family C (include {@code union_id} in the parameters yourself)
   */
  public static RawSigning legacy() {
    return new RawSigning(Family.LEGACY, UnionIdPlacement.NONE, null);
  }

  /**
   * The signing variant of {@code binternal/applet/orderExtraInfo}.
   *
   * @return the {@code binternal/applet/orderExtraInfo} variant
   */
  public static RawSigning appletOrderExtraInfo() {
    return new RawSigning(Family.APPLET_ORDER_EXTRA_INFO, UnionIdPlacement.NONE, null);
  }

  /**
   * The family.
   *
   * @return the family
   */
  public Family family() {
    return family;
  }

  /**
   * Where {@code union_id} goes (family A).
   *
   * @return where {@code union_id} goes (family A)
   */
  public UnionIdPlacement placement() {
    return placement;
  }

  /**
   * The park whose key signs (family B), else {@code null}.
   *
   * @return the park whose key signs (family B), else {@code null}
   */
  public @Nullable String parkId() {
    return parkId;
  }

  @Override
  public String toString() {
    return "RawSigning{" + family + (family == Family.UNION ? " " + placement : "") + (parkId == null ? "" : " " + parkId) + "}";
  }
}
