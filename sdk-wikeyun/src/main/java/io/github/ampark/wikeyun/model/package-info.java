/**
 * Requests, results and codes of the Wikeyun (微客云) Power API: immutable values with builders
 * that validate before anything is sent.
 *
 * <pre>{@code
 * PushOrderRequest request = PushOrderRequest.builder()
 *     .cardId(67890).orderNo("T202401010001").amountYuan(100).build();
 * }</pre>
 */
package io.github.ampark.wikeyun.model;
