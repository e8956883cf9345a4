package io.github.ampark.bolink.model;

/**
 * How a request to the cloud host's {@code /zld/openservice/*} is signed and framed.
 *
 * <ul>
 *   <li>{@link #CLOUD_BASE64_CKEY} (the default for every {@code /zld/openservice/*} endpoint):
 *       Base64 of {@code {"data":…,"sign":…}} signed with the park's {@code ckey}, Base64 signed
 *       answers. The cloud open API that owns {@code /zld} documents this rule, three more {@code
 *       /zld/openservice} endpoints ({@code getmonthcarprice}, {@code outpark}, {@code prepayorder})
 *       are documented with it, and its vector BV6 reproduces on {@code getmonthcarprice}.
 *   <li>{@link #PLAIN_JSON_UKEY}: plain {@code {"data":…,"sign":…}} signed with the vendor's {@code
 *       ukey}. Only the 3.11 page ({@code uploaddurationinfo}) shows a plain JSON example, and its
 *       signature reproduces with no published key, so it proves nothing about the key.
 * </ul>
 *
 * <pre>{@code
 * BolinkClient.builder()...
 *     .chargingDiscountTransport(OpenServiceTransport.PLAIN_JSON_UKEY)   // if Bolink tells you so for 3.11
 *     .build();
 * }</pre>
 */
public enum OpenServiceTransport {
  /** Family A: {@code {"data":…,"sign":…}} as JSON, signed with {@code ukey}; plain JSON answer. */
  PLAIN_JSON_UKEY,
  /** Family B: Base64 of {@code {"data":…,"sign":…}} signed with the park's {@code ckey}; Base64 signed answer. */
  CLOUD_BASE64_CKEY
}
