/**
 * The 4pyun values: immutable requests (each can carry {@code extraFields}), results, gateway
 * events and replies, and the codes of the wire: the codes a park sends ({@link
 * io.github.ampark.fourpyun.model.PlateColor}, {@link io.github.ampark.fourpyun.model.VipType}, …,
 * {@link io.github.ampark.fourpyun.model.GatewayResultCode}) are open code types whose {@code of}
 * keeps and re-sends any code; codes only ever received are enums whose {@code UNKNOWN} stands for
 * a code this SDK does not name, the model keeping the raw code beside it.
 */
package io.github.ampark.fourpyun.model;
