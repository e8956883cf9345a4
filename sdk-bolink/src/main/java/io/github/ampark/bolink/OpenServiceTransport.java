package io.github.ampark.bolink;

/**
 * How a request to the cloud host's {@code /zld/openservice/*} is signed and framed. Bolink's
 * documents disagree and it is not settled which one the server expects:
 *
 * <ul>
 *   <li>the 3.11 document ({@code uploaddurationinfo}) belongs to the union-API document set, whose
 *       key is the vendor's {@code ukey}, and its example body is plain JSON — {@link
 *       #PLAIN_JSON_UKEY};
 *   <li>the cloud open API, which owns the {@code /zld} paths, Base64-encodes the body and signs
 *       with the park's {@code ckey} — {@link #CLOUD_BASE64_CKEY}.
 * </ul>
 *
 * <p>{@link BolinkClient} defaults 3.11 to the document's own example ({@link #PLAIN_JSON_UKEY})
 * and {@code paynoticetopark} to the cloud rule; switch either with the builder once Bolink
 * confirms what your account needs:
 *
 * <pre>{@code
 * BolinkClient.builder()...
 *     .parkKey("dlytest_no", ckey)
 *     .chargingDiscountTransport(OpenServiceTransport.CLOUD_BASE64_CKEY)
 *     .build();
 * }</pre>
 */
public enum OpenServiceTransport {
  /** Family A: {@code {"data":…,"sign":…}} as JSON, signed with {@code ukey}; plain JSON answer. */
  PLAIN_JSON_UKEY,
  /** Family B: Base64 of {@code {"data":…,"sign":…}} signed with the park's {@code ckey}; Base64 signed answer. */
  CLOUD_BASE64_CKEY
}
