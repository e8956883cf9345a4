/**
 * Requests, results, callback events, replies and codes of the Wanzhuang (万庄) wz-open API:
 * immutable values with builders. Requests validate before anything is sent and can carry extra
 * vendor fields; code-valued fields are open enums whose {@code UNKNOWN} keeps the raw code.
 *
 * <pre>{@code
 * StartChargeRequest r = StartChargeRequest.builder()
 *     .deviceNum("18000001").devicePort(1).chargeId(1751254762038L)
 *     .chargeMode(ChargeMode.TIME_2).totalFeeFen(100).build();
 * }</pre>
 */
package io.github.ampark.wanzhuang.model;
