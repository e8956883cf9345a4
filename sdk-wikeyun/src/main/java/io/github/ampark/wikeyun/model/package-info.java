/**
 * Requests, results, callback events and replies of the Wikeyun (微客云) Power API: immutable
 * values with builders that validate before anything is sent ({@code ValidationException} naming
 * the field). An optional value is marked {@code @Nullable} and is {@code null} when absent (on
 * a builder, {@code null} leaves it out); every request carries {@code extraFields()} (sent and
 * signed after the documented fields); code-valued fields keep unknown codes ({@code GridType},
 * {@code RechargeType}, {@code OrderStatus} with the raw code beside them).
 *
 * <pre>{@code
 * PushOrderRequest request = PushOrderRequest.builder()
 *     .cardId(67890).orderNo("T202401010001").amountYuan(100).build();
 * }</pre>
 */
package io.github.ampark.wikeyun.model;
