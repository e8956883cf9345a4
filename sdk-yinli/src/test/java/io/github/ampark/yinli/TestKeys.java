package io.github.ampark.yinli;

import io.github.ampark.core.Secret;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Key pairs for both sides and an independent implementation of the ECB/Base64/SHA256withRSA/
 * ciphertext-signed combination, written with the JCA directly (not with the SDK's codec), to
 * compute expected wire bytes and seal answers.
 */
final class TestKeys {
  /** 16 bytes "0123456789abcdef" in Base64. */
  static final String AES_KEY_BASE64 = "MDEyMzQ1Njc4OWFiY2RlZg==";
  static final byte[] AES_KEY = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final KeyPair OURS = generate();
  static final KeyPair THEIRS = generate();

  private TestKeys() {}

  private static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(1024); // test keys: small for speed; the codec takes any size
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String privateKey(KeyPair k) {
    return Base64.getEncoder().encodeToString(k.getPrivate().getEncoded());
  }

  static String publicKey(KeyPair k) {
    return Base64.getEncoder().encodeToString(k.getPublic().getEncoded());
  }

  /** A codec for our side: ECB, Base64 texts, SHA256withRSA over the ciphertext. */
  static YinliCodec.Builder ecbCodec(KeyPair own, KeyPair peer) {
    return YinliCodec.builder()
        .cipher(YinliCodec.Cipher.aesEcbPkcs5(Secret.of("aesKey", AES_KEY_BASE64), YinliCodec.KeyEncoding.BASE64))
        .bodyText(YinliCodec.TextEncoding.BASE64)
        .signature(YinliCodec.SignatureScheme.sha256WithRsa(Secret.of("privateKey", privateKey(own)), publicKey(peer)))
        .signatureText(YinliCodec.TextEncoding.BASE64)
        .signedContent(YinliCodec.SignedContent.CIPHERTEXT)
        .version("1.0").corpId("CORP-1").appId("APP-1");
  }

  static YinliCodec ours() {
    return ecbCodec(OURS, THEIRS).build();
  }

  /** Independent: AES/ECB/PKCS5 of the JSON, Base64. */
  static String encrypt(String json) {
    try {
      Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(AES_KEY, "AES"));
      return Base64.getEncoder().encodeToString(c.doFinal(json.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String decrypt(String body) {
    try {
      Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
      c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(AES_KEY, "AES"));
      return new String(c.doFinal(Base64.getDecoder().decode(body)), StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Independent: SHA256withRSA of the text's UTF-8 bytes with {@code signer}'s private key, Base64. */
  static String sign(KeyPair signer, String text) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(signer.getPrivate());
      s.update(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static boolean verify(KeyPair signer, String text, String signature) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(signer.getPublic());
      s.update(text.getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (Exception e) {
      return false;
    }
  }

  /** The exact multipart body the SDK must send for {@code json}, given the boundary it chose. */
  static String expectedMultipart(String boundary, KeyPair signer, String json) {
    String body = encrypt(json);
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + body + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"signature\"\r\n\r\n" + sign(signer, body) + "\r\n"
        + "--" + boundary + "--\r\n";
  }

  /** A sealed success answer from the peer ({@code THEIRS}) carrying {@code json}. */
  static String sealedAnswer(String json) {
    String body = encrypt(json);
    return "{\"success\":true,\"code\":\"200\",\"msg\":\"success\",\"data\":{\"body\":\"" + body + "\",\"signature\":\""
        + sign(THEIRS, body) + "\"}}";
  }
}
