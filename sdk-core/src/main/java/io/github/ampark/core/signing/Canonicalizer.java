package io.github.ampark.core.signing;

import io.github.ampark.core.Nullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds the canonical "string to sign" from a parameter map: sorted keys, a key/value separator,
 * a pair separator, optional prefix and suffix (where the secret usually goes). Immutable and
 * thread-safe; build one per vendor rule and reuse it.
 *
 * <p>Keys are sorted by Unicode code point, which equals the byte order of their UTF-8 encoding
 * (Go's {@code sort.Strings}, PHP's {@code strcmp}, Java's {@code TreeMap} for ASCII keys).
 *
 * <pre>{@code
 * // Wikeyun: secret + k1v1k2v2… + secret, empty values kept as the bare key
 * Canonicalizer wikeyun = Canonicalizer.builder().pairSeparator("").keyValueSeparator("").build();
 * String s = wikeyun.canonicalize(params, secret, secret);
 *
 * // 4pyun forms: k1=v1&k2=v2…&app_secret=SECRET, empty values dropped
 * Canonicalizer fourPyun = Canonicalizer.builder().skipEmpty(true).exclude("sign").build();
 * String s2 = fourPyun.canonicalize(params, "", "&app_secret=" + secret);
 * }</pre>
 */
public final class Canonicalizer {
  /** Compares strings by code point, i.e. by the byte order of their UTF-8 encodings. */
  public static final Comparator<String> CODE_POINT_ORDER = Canonicalizer::compareCodePoints;

  private final String pairSeparator;
  private final String keyValueSeparator;
  private final boolean skipEmpty;
  private final boolean skipBlank;
  private final Set<String> skipValues;
  private final Set<String> excluded;

  private Canonicalizer(Builder b) {
    this.pairSeparator = b.pairSeparator;
    this.keyValueSeparator = b.keyValueSeparator;
    this.skipEmpty = b.skipEmpty;
    this.skipBlank = b.skipBlank;
    this.skipValues = Collections.unmodifiableSet(new HashSet<>(b.skipValues));
    this.excluded = Collections.unmodifiableSet(new HashSet<>(b.excluded));
  }

  /**
   * A builder with {@code &} between pairs, {@code =} inside them, empty values kept, nothing
   * excluded.
   *
   * @return a builder with {@code &} between pairs, {@code =} inside them, empty values kept,
   *     nothing excluded
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Same as {@code canonicalize(params, "", "")}.
   *
   * @param params the parameters to join; {@code null} values count as empty
   * @return same as {@code canonicalize(params, "", "")}
   */
  public String canonicalize(Map<String, ?> params) {
    return canonicalize(params, "", "");
  }

  /**
   * The string to sign.
   *
   * @param params the parameters; values are written with {@code String.valueOf}, {@code null} as
   *     empty
   * @param prefix text before the first pair (e.g. the secret)
   * @param suffix text after the last pair (e.g. {@code "&app_secret=" + secret})
   * @return the string to sign
   */
  public String canonicalize(Map<String, ?> params, String prefix, String suffix) {
    return canonicalText(params, prefix, suffix).toString();
  }

  /**
   * The text {@link #canonicalize(Map, String, String)} returns, before it is copied into a
   * {@code String}: for a caller that only hashes it (e.g. {@link Digests#md5Hex(CharSequence,
   * HexCase)}). A new builder of exactly the text's length, owned by the caller.
   *
   * @param params name → value; {@code null} values count as empty
   * @param prefix text before the pairs, e.g. a secret ({@code ""} for none)
   * @param suffix text after the pairs, e.g. a secret ({@code ""} for none)
   * @return the canonical text, as a new {@code StringBuilder}
   */
  public StringBuilder canonicalText(Map<String, ?> params, String prefix, String suffix) {
    String[] keys = new String[params.size()];
    int n = 0;
    int length = prefix.length() + suffix.length();
    for (Map.Entry<String, ?> e : params.entrySet()) {
      if (!excluded.contains(e.getKey()) && !skipped(e.getValue())) {
        keys[n++] = e.getKey();
        Object v = e.getValue();
        length += e.getKey().length() + keyValueSeparator.length();
        length += v == null ? 0 : String.valueOf(v).length();
      }
    }
    Arrays.sort(keys, 0, n, CODE_POINT_ORDER);
    if (n > 1) {
      length += (n - 1) * pairSeparator.length();
    }
    StringBuilder sb = new StringBuilder(length).append(prefix);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(pairSeparator);
      }
      Object v = params.get(keys[i]);
      sb.append(keys[i]).append(keyValueSeparator).append(v == null ? "" : String.valueOf(v));
    }
    return sb.append(suffix);
  }

  private boolean skipped(@Nullable Object value) {
    String s = value == null ? null : String.valueOf(value);
    if (s == null || s.isEmpty()) {
      return skipEmpty || skipBlank;
    }
    if (skipBlank && s.trim().isEmpty()) {
      return true;
    }
    return skipValues.contains(s);
  }

  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Builder for {@link Canonicalizer}. */
  public static final class Builder {
    private String pairSeparator = "&";
    private String keyValueSeparator = "=";
    private boolean skipEmpty;
    private boolean skipBlank;
    private final Set<String> skipValues = new HashSet<>();
    private final Set<String> excluded = new HashSet<>();

    private Builder() {}

    /**
     * Sets the text between pairs ({@code "&"}, or {@code ""} to concatenate).
     *
     * @param separator text between pairs ({@code "&"}, or {@code ""} to concatenate)
     * @return this
     */
    public Builder pairSeparator(String separator) {
      this.pairSeparator = separator;
      return this;
    }

    /**
     * Sets the text between key and value ({@code "="} or {@code ""}).
     *
     * @param separator text between key and value ({@code "="} or {@code ""})
     * @return this
     */
    public Builder keyValueSeparator(String separator) {
      this.keyValueSeparator = separator;
      return this;
    }

    /**
     * Leaves out pairs whose value is {@code null} or empty.
     *
     * @param skip leave out pairs whose value is {@code null} or empty
     * @return this
     */
    public Builder skipEmpty(boolean skip) {
      this.skipEmpty = skip;
      return this;
    }

    /**
     * Leaves out pairs whose value is {@code null}, empty or whitespace.
     *
     * @param skip leave out pairs whose value is {@code null}, empty or whitespace
     * @return this
     */
    public Builder skipBlank(boolean skip) {
      this.skipBlank = skip;
      return this;
    }

    /**
     * Leaves out pairs whose value is exactly one of these (e.g. {@code "null"}).
     *
     * @param values leave out pairs whose value is exactly one of these (e.g. {@code "null"})
     * @return this
     */
    public Builder skipValues(String... values) {
      Collections.addAll(skipValues, values);
      return this;
    }

    /**
     * Sets the keys never signed (e.g. {@code "sign"}).
     *
     * @param keys keys never signed (e.g. {@code "sign"})
     * @return this
     */
    public Builder exclude(String... keys) {
      Collections.addAll(excluded, keys);
      return this;
    }

    /**
     * The canonicalizer.
     *
     * @return the canonicalizer
     */
    public Canonicalizer build() {
      return new Canonicalizer(this);
    }
  }
}
