package io.github.ampark.fourpyun.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One row of a JSON sync ({@code parking/internal/vip}, {@code …/vip/recharge}, {@code
 * …/blacklist}) as wire text: the typed fields in name order, each left out when absent, then the
 * row's extra fields in name order. {@link SyncBody} writes it with the client's {@code
 * JsonGenerator} — the bytes Jackson's bean serialiser wrote for the same row (sorted properties,
 * {@code null} left out, the any-getter's map after them), without reflection, a bean
 * description per row type, or a map per row.
 */
public abstract class SyncRow {
  private final Names names;
  private final @Nullable String[] values;
  private final Map<String, String> extra;

  /**
   * @param names the row type's field names
   * @param extra the record's extra fields, from {@link Names#extra} (checked before the typed
   *     fields are converted, as the bean rows did)
   * @param values wire text per name, {@code null} where absent
   */
  SyncRow(Names names, Map<String, String> extra, @Nullable String[] values) {
    if (values.length != names.size()) {
      throw new IllegalStateException("a row needs " + names.size() + " values, got " + values.length);
    }
    this.names = names;
    this.extra = extra;
    this.values = values;
  }

  /** Writes the row as one JSON object. */
  final void writeTo(JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    SerializedString[] keys = names.keys;
    for (int i = 0; i < keys.length; i++) {
      String value = values[i];
      if (value != null) {
        gen.writeFieldName(keys[i]);
        gen.writeString(value);
      }
    }
    for (Map.Entry<String, String> e : extra.entrySet()) {
      gen.writeFieldName(e.getKey());
      gen.writeString(e.getValue());
    }
    gen.writeEndObject();
  }

  /** The typed field names of a row type, in the order they are written (sorted). */
  static final class Names {
    final SerializedString[] keys;
    private final Set<String> typed;

    Names(String... names) {
      keys = new SerializedString[names.length];
      Set<String> set = new HashSet<>();
      for (int i = 0; i < names.length; i++) {
        if (i > 0 && names[i - 1].compareTo(names[i]) >= 0) {
          throw new IllegalStateException("row field names must be sorted: " + names[i - 1] + ", " + names[i]);
        }
        keys[i] = new SerializedString(names[i]);
        set.add(names[i]);
      }
      typed = Collections.unmodifiableSet(set);
    }

    int size() {
      return keys.length;
    }

    /** The extra fields, sorted; refuses one that repeats a typed field. */
    Map<String, String> extra(Map<String, String> extra) {
      if (extra.isEmpty()) {
        return Collections.emptyMap();
      }
      for (String name : extra.keySet()) {
        if (typed.contains(name)) {
          throw new ValidationException("extraFields[" + name + "]", "repeats a field the row already has");
        }
      }
      return Collections.unmodifiableMap(new TreeMap<>(extra));
    }
  }
}
