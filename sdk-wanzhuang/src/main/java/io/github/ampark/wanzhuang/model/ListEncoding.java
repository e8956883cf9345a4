package io.github.ampark.wanzhuang.model;

import java.util.List;

/**
 * How a list goes into a single text field of a form (saveMode's {@code charge_value}, {@code
 * payment_value}, {@code time_value}, {@code power_value}, {@code price_value}; findMultiDevices'
 * {@code device_nums}). The seed types them "string" and calls them arrays; the encoding is
 * UNKNOWN. Default {@link #JSON_ARRAY}; choose with {@code WanzhuangClient.Builder.listEncoding}.
 */
public enum ListEncoding {
  /** A compact JSON array of strings: {@code ["100","200"]} (the default). */
  JSON_ARRAY,
  /** The values joined by commas: {@code 100,200}. */
  COMMA_SEPARATED;

  /**
   * Writes a list as the text of one form field in this encoding.
   *
   * @param values the values, in order
   * @return the field's text, e.g. {@code ["100","200"]} or {@code 100,200}
   */
  public String encode(List<String> values) {
    if (this == COMMA_SEPARATED) {
      return String.join(",", values);
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append('"');
      String v = values.get(i);
      for (int j = 0; j < v.length(); j++) {
        char c = v.charAt(j);
        if (c == '"' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
      sb.append('"');
    }
    return sb.append(']').toString();
  }
}
