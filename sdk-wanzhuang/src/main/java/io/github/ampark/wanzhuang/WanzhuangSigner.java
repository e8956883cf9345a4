package io.github.ampark.wanzhuang;

import io.github.ampark.core.spi.JsonStrings;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.signing.ConstantTime;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import io.github.ampark.wanzhuang.internal.HmacSha256;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Wanzhuang's request signature ("接入指引", wz-open), as a pure function: no clock, no I/O. The
 * client signs every request with it; use it to check a signature by hand or to sign in your own
 * tests.
 *
 * <p>The documented steps:
 *
 * <ol>
 *   <li>take every request parameter — business fields and {@code app_id}, {@code timestamp} — but
 *       {@code sign} and byte (file) parameters;
 *   <li>sort by key in ASCII order;
 *   <li>join {@code key=value} with {@code &} (no {@code &key=} suffix): {@link #stringToSign};
 *   <li>hash it with the secret ("商户私钥") and write the bytes as hex: {@link #sign}.
 * </ol>
 *
 * <pre>{@code
 * WanzhuangSigner signer = WanzhuangSigner.of(Secret.of("secret", "testsecret"));
 * Map<String, Object> p = new LinkedHashMap<>();
 * p.put("device_num", "19285526"); p.put("device_port", 2); p.put("is_error", true);
 * p.put("app_id", "3a7030ea45a08d"); p.put("timestamp", 1644902382L);
 * signer.stringToSign(p); // app_id=3a7030ea45a08d&device_num=19285526&device_port=2&is_error=true&timestamp=1644902382
 * signer.sign(p);         // 065810621d97c020f412bb28e09303ad918a0cd1df17d8eae45c224965533fee
 * signer.withHash(WanzhuangSigner.Hash.SHA256_WITH_SECRET_APPENDED).sign(p);
 *                         // 03d216fb068433e4658337355b00824eda6a290de8facffca9c56b1d3f3e4bd5
 * }</pre>
 *
 * <p><b>What is not documented, and the choice made</b> (each replaceable):
 *
 * <ul>
 *   <li>The hash: "put the string and the merchant key into sha256". Default {@link
 *       Hash#HMAC_SHA256} (key = secret), the most natural reading; {@link
 *       Hash#SHA256_WITH_SECRET_APPENDED} is the other one. Both reproduce the spec's vectors Z1–Z3
 *       under their reading. Confirm on the test platform; {@link #withHash}.
 *   <li>Hex case: lower (every sample on the vendor's pages is 64 lower-case hex digits). A {@link
 *       Hash} of your own can choose otherwise.
 *   <li>Empty values: kept as {@code key=} (the guide does not say to drop them); {@link
 *       #skippingEmptyValues()} drops them. A {@code null} value is never sent and never signed.
 *   <li>Arrays (the JSON {@code device_nums} array, repeated {@code device_nums[]} query keys):
 *       {@link ArrayRule#JSON_TEXT} by default, {@code device_nums=["1","2"]}; {@link
 *       ArrayRule#REPEATED_PAIRS} and {@link ArrayRule#COMMA_JOINED} are the alternatives; {@link
 *       #withArrayRule}.
 *   <li>Values: text as is; JSON numbers as plain decimals ({@code device_port=1}); booleans as
 *       {@code true}/{@code false} (the guide's {@code is_error=true}). UTF-8 throughout.
 * </ul>
 *
 * <p>Thread-safe and immutable. {@link #toString()} never shows the secret.
 */
public final class WanzhuangSigner {
  /** The signature parameter, never signed itself. */
  public static final String SIGN = "sign";
  /** The application id parameter, on every request. */
  public static final String APP_ID = "app_id";
  /** The Unix-seconds parameter, on every request. */
  public static final String TIMESTAMP = "timestamp";

  static {
    HmacSha256.access(s -> s.hash == Hash.HMAC_SHA256 ? s.hmac() : null);
  }

  private final Secret secret;
  private final Hash hash;
  private final ArrayRule arrays;
  private final boolean skipEmpty;
  /** Made on first use; a race makes two, which is harmless. */
  private volatile @Nullable HmacSha256 hmac;

  private WanzhuangSigner(Secret secret, Hash hash, ArrayRule arrays, boolean skipEmpty) {
    this.secret = secret;
    this.hash = hash;
    this.arrays = arrays;
    this.skipEmpty = skipEmpty;
  }

  /**
   * A signer with the default choices: HMAC-SHA256, lower-case hex, arrays as JSON text, empty values
   * kept.
   *
   * @param secret the merchant key ("商户私钥")
   * @return the signer
   * @throws ValidationException (field {@code secret}) if {@code null}
   */
  public static WanzhuangSigner of(Secret secret) {
    return new WanzhuangSigner(Checks.notNull("secret", secret), Hash.HMAC_SHA256, ArrayRule.JSON_TEXT, false);
  }

  /**
   * A signer with the default choices for a key given as text; it is wrapped in a {@link Secret} and
   * never printed.
   *
   * @param secret the merchant key ("商户私钥")
   * @return the signer
   * @throws ValidationException (field {@code secret}) if blank
   */
  public static WanzhuangSigner of(String secret) {
    return of(Secret.of("secret", secret));
  }

  /**
   * A copy of this signer that hashes with another strategy, e.g. {@link
   * Hash#SHA256_WITH_SECRET_APPENDED}; the other choices stay.
   *
   * @param otherHash the hash strategy
   * @return the new signer
   */
  public WanzhuangSigner withHash(Hash otherHash) {
    return new WanzhuangSigner(secret, Checks.notNull("hash", otherHash), arrays, skipEmpty);
  }

  /**
   * A copy of this signer that writes arrays into the string to sign with another rule, e.g. {@link
   * ArrayRule#REPEATED_PAIRS}; the other choices stay.
   *
   * @param rule how array values enter the string to sign
   * @return the new signer
   */
  public WanzhuangSigner withArrayRule(ArrayRule rule) {
    return new WanzhuangSigner(secret, hash, Checks.notNull("arrayRule", rule), skipEmpty);
  }

  /**
   * A copy of this signer that leaves parameters with an empty value out of the string to sign (by
   * default they are kept as {@code key=}); the other choices stay. Only an empty value is left out:
   * a value that ends in {@code =} (Base64 padding) is signed.
   *
   * @return the new signer
   */
  public WanzhuangSigner skippingEmptyValues() {
    return new WanzhuangSigner(secret, hash, arrays, true);
  }

  /**
   * The hash strategy in use; {@link Hash#HMAC_SHA256} unless changed with {@link #withHash}.
   *
   * @return the hash strategy
   */
  public Hash hash() {
    return hash;
  }

  /**
   * The array rule in use; {@link ArrayRule#JSON_TEXT} unless changed with {@link #withArrayRule}.
   *
   * @return the array rule
   */
  public ArrayRule arrayRule() {
    return arrays;
  }

  /**
   * Whether parameters with an empty value are left out of the string to sign; {@code false} unless
   * {@link #skippingEmptyValues()} made this signer.
   *
   * @return {@code true} when empty values are left out
   */
  public boolean skipsEmptyValues() {
    return skipEmpty;
  }

  /**
   * The exact text that is hashed. Holds no secret.
   *
   * @param params parameter name → value: text, a number, a boolean, or a {@link Collection} of
   *     them (an array); {@code sign} and {@code null} values are left out; {@code byte[]} values
   *     (files) are left out
   * @return {@code k1=v1&k2=v2…} over the keys in ASCII order
   * @throws ValidationException (field {@code params}) for a blank name or a value of another type
   */
  public String stringToSign(Map<String, ?> params) {
    Checks.notNull("params", params);
    // the keys that are signed, sorted as a TreeMap would sort them (String.compareTo)
    String[] keys = new String[params.size()];
    int n = 0;
    for (Map.Entry<String, ?> e : params.entrySet()) {
      String key = e.getKey();
      if (key == null || key.isEmpty()) {
        throw new ValidationException("params", "must not contain a blank name");
      }
      Object v = e.getValue();
      if (SIGN.equals(key) || v == null || v instanceof byte[]) {
        continue;
      }
      if (n == keys.length) {
        // the map grew while we read it
        return sortedStringToSign(params);
      }
      keys[n++] = key;
    }
    java.util.Arrays.sort(keys, 0, n);
    StringBuilder sb = new StringBuilder(32 * n + 16);
    for (int i = 0; i < n; i++) {
      String key = keys[i];
      Object v = params.get(key);
      if (i > 0 && key.equals(keys[i - 1]) || v == null || v instanceof byte[]) {
        // two equal names (an identity map) or a value that changed: the one-map reading decides
        return sortedStringToSign(params);
      }
      if (v instanceof Collection) {
        appendArray(sb, key, (Collection<?>) v);
      } else if (v instanceof String) {
        appendPair(sb, key, (String) v);
      } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
        separate(sb).append(key).append('=').append(((Number) v).longValue());
      } else {
        appendPair(sb, key, scalar(key, v));
      }
    }
    return sb.toString();
  }

  /** The documented steps read literally: one sorted map; the reference for {@link #stringToSign}. */
  private String sortedStringToSign(Map<String, ?> params) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<String, ?> e : params.entrySet()) {
      String key = e.getKey();
      if (key == null || key.isEmpty()) {
        throw new ValidationException("params", "must not contain a blank name");
      }
      Object v = e.getValue();
      if (SIGN.equals(key) || v == null || v instanceof byte[]) {
        continue;
      }
      sorted.put(key, v);
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : sorted.entrySet()) {
      String key = e.getKey();
      Object v = e.getValue();
      if (v instanceof Collection) {
        appendArray(sb, key, (Collection<?>) v);
      } else {
        appendPair(sb, key, scalar(key, v));
      }
    }
    return sb.toString();
  }

  private void appendArray(StringBuilder sb, String key, Collection<?> values) {
    List<String> texts = new ArrayList<>();
    for (Object item : values) {
      texts.add(scalar(key, item));
    }
    for (String pair : arrays.pairs(key, texts)) {
      append(sb, pair);
    }
  }

  private void appendPair(StringBuilder sb, String key, String text) {
    if (skipEmpty && text.isEmpty()) {
      return;
    }
    separate(sb).append(key).append('=').append(text);
  }

  private static StringBuilder separate(StringBuilder sb) {
    return sb.length() > 0 ? sb.append('&') : sb;
  }

  /**
   * Signs parameters: the hash of {@link #stringToSign} with the secret, the text sent as {@code sign}.
   *
   * @param params the parameters (see {@link #stringToSign}); {@code sign} itself is ignored
   * @return the signature, 64 lower-case hex digits with the built-in hashes
   * @throws ValidationException (field {@code params}) for a blank name or a value of another type
   */
  public String sign(Map<String, ?> params) {
    String text = stringToSign(params);
    // the default hash with a keyed Mac kept between calls: the same digits as Hash.HMAC_SHA256
    return hash == Hash.HMAC_SHA256 ? hmac().lowerHex(text) : hash.hash(text, secret);
  }

  private HmacSha256 hmac() {
    HmacSha256 h = hmac;
    if (h == null) {
      h = new HmacSha256(secret.reveal());
      hmac = h;
    }
    return h;
  }

  /**
   * Checks a signature in constant time, ignoring hex case (for a fake vendor or a test).
   *
   * @param params the parameters, with or without {@code sign}
   * @param signature the signature received
   * @return whether it is this signer's signature of {@code params}
   */
  public boolean verify(Map<String, ?> params, @Nullable String signature) {
    return ConstantTime.equalsIgnoreCase(sign(params), signature);
  }

  private void append(StringBuilder sb, String pair) {
    // empty: nothing after the pair's first '=' (a value may itself end in '=', Base64 padding)
    if (skipEmpty && pair.indexOf('=') == pair.length() - 1) {
      return;
    }
    if (sb.length() > 0) {
      sb.append('&');
    }
    sb.append(pair);
  }

  private static String scalar(String key, @Nullable Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof String) {
      return (String) v;
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    throw new ValidationException("params", "'" + Checks.echo(key) + "' has a value that is not text, a number or a boolean");
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "WanzhuangSigner{secret=****, hash=" + hash + ", arrays=" + arrays + ", skipEmpty=" + skipEmpty + "}";
  }

  /**
   * How the string to sign and the secret become the signature (UNKNOWN at the vendor: pick the
   * one the test platform accepts).
   *
   * <pre>{@code
   * WanzhuangSigner.Hash upper = (text, secret) -> WanzhuangSigner.Hash.HMAC_SHA256.hash(text, secret).toUpperCase(Locale.ROOT);
   * }</pre>
   */
  @FunctionalInterface
  public interface Hash {
    /** HMAC-SHA256 with the secret as key over the UTF-8 string, 64 lower-case hex digits (the default). */
    Hash HMAC_SHA256 = new Named("HMAC_SHA256") {
      @Override
      public String hash(String stringToSign, Secret secret) {
        return Digests.hmacSha256Hex(secret.reveal(), stringToSign, HexCase.LOWER);
      }
    };

    /** SHA-256 of the UTF-8 string followed directly by the secret, 64 lower-case hex digits. */
    Hash SHA256_WITH_SECRET_APPENDED = new Named("SHA256_WITH_SECRET_APPENDED") {
      @Override
      public String hash(String stringToSign, Secret secret) {
        try {
          MessageDigest md = MessageDigest.getInstance("SHA-256");
          md.update(stringToSign.getBytes(StandardCharsets.UTF_8));
          md.update(secret.reveal().getBytes(StandardCharsets.UTF_8));
          return Digests.hex(md.digest(), HexCase.LOWER);
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
      }
    };

    /**
     * Hashes the string to sign with the secret.
     *
     * @param stringToSign the canonical string, as {@link WanzhuangSigner#stringToSign} makes it
     * @param secret the merchant key
     * @return the signature text sent as {@code sign}
     */
    String hash(String stringToSign, Secret secret);
  }

  /**
   * How a parameter holding several values enters the string to sign: it returns the {@code
   * key=value} pairs for it, which are joined with {@code &} in place of the parameter (UNKNOWN at
   * the vendor).
   */
  @FunctionalInterface
  public interface ArrayRule {
    /** One pair, the values as a compact JSON array of strings: {@code device_nums=["1","2"]} (the default). */
    ArrayRule JSON_TEXT = new NamedArrayRule("JSON_TEXT") {
      @Override
      public List<String> pairs(String key, List<String> values) {
        StringBuilder sb = new StringBuilder(key).append("=[");
        for (int i = 0; i < values.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          jsonString(sb, values.get(i));
        }
        return java.util.Collections.singletonList(sb.append(']').toString());
      }
    };

    /** One pair per value, in order: {@code device_nums[]=1&device_nums[]=2}. */
    ArrayRule REPEATED_PAIRS = new NamedArrayRule("REPEATED_PAIRS") {
      @Override
      public List<String> pairs(String key, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
          out.add(key + "=" + v);
        }
        return out;
      }
    };

    /** One pair, the values joined by commas: {@code device_nums=1,2}. */
    ArrayRule COMMA_JOINED = new NamedArrayRule("COMMA_JOINED") {
      @Override
      public List<String> pairs(String key, List<String> values) {
        return java.util.Collections.singletonList(key + "=" + String.join(",", values));
      }
    };

    /**
     * Writes one array parameter as the {@code key=value} pairs that stand for it in the string to
     * sign.
     *
     * @param key the parameter name as sent ({@code device_nums}, {@code device_nums[]})
     * @param values its values as text, in order
     * @return the pairs, in order; none for an empty array
     */
    List<String> pairs(String key, List<String> values);
  }

  /** Writes {@code value} as a JSON string (quotes, RFC 8259's escapes only). */
  static void jsonString(StringBuilder sb, String value) {
    JsonStrings.append(sb, value, JsonStrings.Style.MINIMAL);
  }

  private abstract static class Named implements Hash {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private abstract static class NamedArrayRule implements ArrayRule {
    private final String name;

    NamedArrayRule(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
