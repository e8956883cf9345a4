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
