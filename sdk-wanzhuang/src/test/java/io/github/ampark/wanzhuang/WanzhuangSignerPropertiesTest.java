package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of the signer against an independent implementation written here (plain JCA, its own
 * sort and join), over generated parameters.
 */
class WanzhuangSignerPropertiesTest {

  @Property(tries = 1000)
  void hmacMatchesAnIndependentImplementation(
      @ForAll @Size(max = 8) Map<@AlphaChars @StringLength(min = 1, max = 12) String, @NumericChars @AlphaChars String> params,
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String secret) throws Exception {
    String expected = hex(hmac(secret, reference(params)));
    assertThat(WanzhuangSigner.of(secret).sign(params)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void appendedSha256MatchesAnIndependentImplementation(
      @ForAll @Size(max = 8) Map<@AlphaChars @StringLength(min = 1, max = 12) String, String> params,
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String secret) throws Exception {
    String expected = hex(MessageDigest.getInstance("SHA-256").digest((reference(params) + secret).getBytes(StandardCharsets.UTF_8)));
    assertThat(WanzhuangSigner.of(secret).withHash(WanzhuangSigner.Hash.SHA256_WITH_SECRET_APPENDED).sign(params))
        .isEqualTo(expected);
  }

  @Property(tries = 1000)
  void hmacOfAnyTextAndKeyMatchesAnIndependentImplementation(
      @ForAll @Size(max = 6) Map<@AlphaChars @StringLength(min = 1, max = 6) String, String> params,
      @ForAll @net.jqwik.api.constraints.NotBlank @StringLength(min = 1, max = 20) String secret) throws Exception {
    // any UTF-16 text, lone surrogates included (encoded as String.getBytes does), and long texts
    WanzhuangSigner signer = WanzhuangSigner.of(secret);
    assertThat(signer.sign(params)).isEqualTo(hex(hmac(secret, reference(params))));
    Map<String, String> longer = new LinkedHashMap<>(params);
    longer.put("zz", String.join("", Collections.nCopies(700, "0123456789abcdef")));
    assertThat(signer.sign(longer)).isEqualTo(hex(hmac(secret, reference(longer))));
  }

  @Property(tries = 1000)
  void numbersBooleansAndArraysAreWrittenAsTheirTextInNameOrder(
      @ForAll @Size(max = 8) Map<@AlphaChars @StringLength(min = 1, max = 6) String, Long> longs,
      @ForAll @Size(max = 4) Map<@AlphaChars @StringLength(min = 1, max = 6) String, Integer> ints,
      @ForAll boolean flag, @ForAll @Size(max = 3) List<@NumericChars @StringLength(max = 4) String> items) {
    Map<String, Object> params = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    longs.forEach((k, v) -> { params.put("l" + k, v); texts.put("l" + k, Long.toString(v)); });
    ints.forEach((k, v) -> { params.put("i" + k, v); texts.put("i" + k, Integer.toString(v)); });
    params.put("flag", flag);
    texts.put("flag", Boolean.toString(flag));
    params.put("amount", new java.math.BigDecimal("1E+2"));
    texts.put("amount", "100");
    params.put("nums", items);
    StringBuilder json = new StringBuilder("[");
    for (String item : items) {
      json.append(json.length() > 1 ? "," : "").append('"').append(item).append('"');
    }
    texts.put("nums", json.append(']').toString());
    params.put("gone", null);
    params.put("sign", "x");
    assertThat(WanzhuangSigner.of("k").stringToSign(params)).isEqualTo(reference(texts));
  }

  @org.junit.jupiter.api.Test
  void threadsSigningAtOnceEachGetTheirOwnSignature() throws Exception {
    WanzhuangSigner signer = WanzhuangSigner.of("testsecret");
    int threads = 8;
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        results.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 2000; i++) {
            Map<String, String> p = Collections.singletonMap("n", id + "-" + i);
            if (!signer.sign(p).equals(hex(hmac("testsecret", "n=" + id + "-" + i)))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Property(tries = 1000)
  void insertionOrderNeverChangesTheSignature(
      @ForAll @Size(max = 10) Map<@AlphaChars @StringLength(min = 1, max = 8) String, String> params) {
    List<String> keys = new ArrayList<>(params.keySet());
    Collections.reverse(keys);
    Map<String, String> reversed = new LinkedHashMap<>();
    for (String k : keys) {
      reversed.put(k, params.get(k));
    }
    WanzhuangSigner s = WanzhuangSigner.of("k");
    assertThat(s.sign(reversed)).isEqualTo(s.sign(params));
  }

  @Property(tries = 1000)
  void anyChangedValueChangesTheSignature(
      @ForAll @Size(min = 1, max = 6) Map<@AlphaChars @StringLength(min = 1, max = 8) String, String> params,
      @ForAll String suffix) {
    if (suffix.isEmpty()) {
      return;
    }
    String key = params.keySet().iterator().next();
    Map<String, String> changed = new HashMap<>(params);
    changed.put(key, params.get(key) + suffix);
    WanzhuangSigner s = WanzhuangSigner.of("k");
    assertThat(s.sign(changed)).isNotEqualTo(s.sign(params));
    assertThat(s.verify(params, s.sign(params))).isTrue();
  }

  @Property(tries = 1000)
  void signatureIsAlways64LowerHexDigits(@ForAll Map<@AlphaChars @StringLength(min = 1, max = 8) String, String> params) {
    assertThat(WanzhuangSigner.of("k").sign(params)).matches("[0-9a-f]{64}");
  }

  /** Sorted by UTF-16 code unit (ASCII for these keys), k=v joined by &, sign dropped. */
  private static String reference(Map<String, String> params) {
    List<String> keys = new ArrayList<>(params.keySet());
    keys.remove("sign");
    keys.sort((a, b) -> {
      for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          return a.charAt(i) - b.charAt(i);
        }
      }
      return a.length() - b.length();
    });
    StringBuilder sb = new StringBuilder();
    for (String k : keys) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(k).append('=').append(params.get(k));
    }
    return sb.toString();
  }

  private static byte[] hmac(String key, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
    }
    return sb.toString();
  }
}
