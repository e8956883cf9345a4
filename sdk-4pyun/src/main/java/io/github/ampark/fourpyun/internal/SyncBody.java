package io.github.ampark.fourpyun.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ampark.core.Nullable;
import java.io.IOException;
import java.util.List;

/**
 * The JSON body of {@code parking/internal/vip}, {@code …/vip/recharge} and {@code …/blacklist}:
 * {@code {"complete":"0|1","park_uuid":"…","row":[…]}}. Keys are in the order of 4pyun's demos (a
 * {@code TreeMap}); values are strings, as the demos send them. Serialised once, by {@link Writer}
 * through the client's mapper (so escaping and non-ASCII text are the mapper's); the signer signs
 * those exact bytes.
 *
 * <p>{@link Writer} streams the rows (a batch is typically 500) straight into the generator: the
 * bytes Jackson's bean serialiser wrote for this class and the row classes, at a fraction of the
 * CPU and without reflection (benchmarks/notes: S3).
 *
 * @param <R> the row type
 */
@JsonSerialize(using = SyncBody.Writer.class)
public final class SyncBody<R extends SyncRow> {
  /** {@code "1"} deletes everything P云 holds first; {@code "0"} adds. */
  public final String complete;

  /** Park UUID. */
  public final @Nullable String parkUuid;

  /** Rows. */
  public final List<R> row;

  /**
   * @param complete whether to replace everything
   * @param parkUuid park UUID
   * @param row rows
   */
  public SyncBody(boolean complete, @Nullable String parkUuid, List<R> row) {
    this.complete = complete ? "1" : "0";
    this.parkUuid = parkUuid;
    this.row = row;
  }

  /** Writes a {@link SyncBody}: {@code complete}, {@code park_uuid} (left out when absent), {@code row}. */
  public static final class Writer extends StdSerializer<SyncBody<?>> {
    private static final long serialVersionUID = 1L;
    private static final SerializedString COMPLETE = new SerializedString("complete");
    private static final SerializedString PARK_UUID = new SerializedString("park_uuid");
    private static final SerializedString ROW = new SerializedString("row");

    /** Used by Jackson. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Writer() {
      super((Class) SyncBody.class);
    }

    @Override
    public void serialize(SyncBody<?> body, JsonGenerator gen, SerializerProvider provider) throws IOException {
      write(body, gen);
    }

    /**
     * Writes a body to a generator; what {@link #serialize} does, without a serializer provider,
     * so that {@link Requests} writes a batch without Jackson looking up (and on the first call
     * introspecting) a serializer for this class.
     *
     * @param body the body
     * @param gen the generator, configured by the client's mapper
     * @throws IOException from the generator
     */
    static void write(SyncBody<?> body, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeFieldName(COMPLETE);
      gen.writeString(body.complete);
      if (body.parkUuid != null) {
        gen.writeFieldName(PARK_UUID);
        gen.writeString(body.parkUuid);
      }
      gen.writeFieldName(ROW);
      gen.writeStartArray();
      List<? extends SyncRow> rows = body.row;
      for (int i = 0, n = rows.size(); i < n; i++) {
        rows.get(i).writeTo(gen);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }
}
