/**
 * The 4pyun values: immutable requests (each can carry {@code extraFields}), results, gateway
 * events and replies, and the codes of the wire ({@link io.github.ampark.fourpyun.model.GatewayResultCode}
 * is open: any code P云 defines; the coded enums map unknown codes to {@code UNKNOWN} and the
 * models keep the raw code beside them).
 */
package io.github.ampark.fourpyun.model;
