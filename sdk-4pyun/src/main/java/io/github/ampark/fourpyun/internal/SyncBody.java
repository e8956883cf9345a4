package io.github.ampark.fourpyun.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The JSON body of {@code parking/internal/vip}, {@code …/vip/recharge} and {@code …/blacklist}:
 * {@code {"complete":"0|1","park_uuid":"…","row":[…]}}. Keys are in the order of 4pyun's demos (a
 * {@code TreeMap}); values are strings, as the demos send them. Serialised once by Jackson; the
 * signer signs those exact bytes.
 *
 * @param <R> the row type
 */
@JsonPropertyOrder({"complete", "park_uuid", "row"})
public final class SyncBody<R> {
  /** {@code "1"} deletes everything P云 holds first; {@code "0"} adds. */
  @JsonProperty("complete")
  public final String complete;

  /** Park UUID. */
  @JsonProperty("park_uuid")
  public final String parkUuid;

  /** Rows. */
  @JsonProperty("row")
  public final List<R> row;

  /**
   * @param complete whether to replace everything
   * @param parkUuid park UUID
   * @param row rows
   */
  public SyncBody(boolean complete, String parkUuid, List<R> row) {
    this.complete = complete ? "1" : "0";
    this.parkUuid = parkUuid;
    this.row = row;
  }
}
