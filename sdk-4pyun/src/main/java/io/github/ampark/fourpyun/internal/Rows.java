package io.github.ampark.fourpyun.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ampark.core.ValidationException;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The extra fields of a JSON sync row: sorted, and never repeating a typed field. */
final class Rows {
  private static final ClassValue<Set<String>> TYPED = new ClassValue<Set<String>>() {
    @Override
    protected Set<String> computeValue(Class<?> type) {
      Set<String> names = new HashSet<>();
      for (Field f : type.getDeclaredFields()) {
        JsonProperty p = f.getAnnotation(JsonProperty.class);
        if (p != null) {
          names.add(p.value());
        }
      }
      return Collections.unmodifiableSet(names);
    }
  };

  private Rows() {}

  static Map<String, String> extra(Class<?> row, Map<String, String> extra) {
    Set<String> typed = TYPED.get(row);
    for (String name : extra.keySet()) {
      if (typed.contains(name)) {
        throw new ValidationException("extraFields[" + name + "]", "repeats a field the row already has");
      }
    }
    return Collections.unmodifiableMap(new TreeMap<>(extra));
  }
}
