package io.github.ampark.bolink.model;

/**
 * Where a union-API request carries the vendor's {@code union_id}. The newapi document puts it
 * inside {@code data}; some endpoints (ETC, {@code bolinkparkpay}, {@code bolinkunified}) want it
 * at the top level next to {@code sign}. Typed methods know their endpoint's rule; raw requests
 * say it.
 *
 * <pre>{@code
 * client.raw().execute(RawRequest.post("unionapi/neworder/querywithDrawList").json(text)
 *     .tag(RawSigning.class, RawSigning.union(UnionIdPlacement.TOP_LEVEL)).build());
 * }</pre>
 */
public enum UnionIdPlacement {
  /** First member of {@code data} (unless {@code data} already has one): the newapi default. */
  IN_DATA,
  /** At the top level: {@code {"union_id":…,"data":…,"sign":…}}; not added to {@code data}. */
  TOP_LEVEL,
  /** Both inside {@code data} and at the top level. */
  BOTH,
  /** Nowhere: {@code data} is sent exactly as given. */
  NONE
}
