package io.github.ampark.spring.test;

import io.github.ampark.testkit.bolink.FakeBolink;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import io.github.ampark.testkit.wanzhuang.FakeWanzhuang;
import io.github.ampark.testkit.yinli.FakeYinli;
import io.github.ampark.testkit.yinli.FakeYinliEnvelope;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** Starts each vendor's fake (in its own class so a missing vendor module is never loaded). */
final class Fakes {
  private Fakes() {}

  static AutoCloseable bolink(long unionId, String ukey, Map<String, Object> props) {
    FakeBolink fake = FakeBolink.start(unionId, ukey);
    props.put("ampark.bolink.base-url", fake.url());
    props.put("ampark.bolink.union-id", unionId);
    props.put("ampark.bolink.ukey", ukey);
    return fake;
  }

  static AutoCloseable wikeyun(Map<String, Object> props) {
    FakeWikeyun fake = FakeWikeyun.start();
    props.put("ampark.wikeyun.base-url", fake.url());
    props.put("ampark.wikeyun.app-key", FakeWikeyun.APP_KEY);
    props.put("ampark.wikeyun.app-secret", FakeWikeyun.APP_SECRET);
    props.put("ampark.wikeyun.store-id", FakeWikeyun.STORE_ID);
    return fake;
  }

  static AutoCloseable fourpyun(Map<String, Object> props) {
    FakeFourPyun fake = FakeFourPyun.start();
    props.put("ampark.fourpyun.base-url", fake.url());
    props.put("ampark.fourpyun.app-secret", fake.appSecret());
    props.put("ampark.fourpyun.app-id", fake.appId());
    props.put("ampark.fourpyun.park-uuid", fake.parkUuid());
    props.put("ampark.fourpyun.gateway-key", fake.gatewayKey());
    return fake;
  }

  static AutoCloseable wanzhuang(Map<String, Object> props) {
    FakeWanzhuang fake = FakeWanzhuang.start();
    props.put("ampark.wanzhuang.base-url", fake.url());
    props.put("ampark.wanzhuang.app-id", FakeWanzhuang.APP_ID);
    props.put("ampark.wanzhuang.secret", FakeWanzhuang.SECRET);
    return fake;
  }

  /**
   * A sealed FakeYinli: fresh RSA key pairs for the application and the fake and a fresh AES key,
   * the application's codec set to match (AES/ECB, Base64 texts, SHA256withRSA over the ciphertext:
   * the fake's choices, not Yinli's, which are UNKNOWN). The fake's envelope (to seal a test call
   * as Yinli would) is registered as a bean beside the fake.
   */
  static AutoCloseable yinli(Map<String, Object> props, java.util.function.BiConsumer<String, Object> beans) {
    KeyPair app = FakeYinliEnvelope.newRsaKeyPair();
    KeyPair yinli = FakeYinliEnvelope.newRsaKeyPair();
    byte[] aes = new byte[16];
    new SecureRandom().nextBytes(aes);
    FakeYinliEnvelope envelope = FakeYinliEnvelope.builder().aesKey(aes).mode(FakeYinliEnvelope.Mode.ECB)
        .bodyText(FakeYinliEnvelope.Text.BASE64).signatureText(FakeYinliEnvelope.Text.BASE64).signCiphertext(true)
        .fakePrivateKey(yinli.getPrivate()).peerPublicKey(FakeYinliEnvelope.base64(app.getPublic())).build();
    FakeYinli fake = FakeYinli.builder().envelope(envelope).start();
    beans.accept("amparkFakeYinliEnvelope", envelope);
    props.put("ampark.yinli.base-url", fake.url());
    props.put("ampark.yinli.assets-envelope", "true");
    props.put("ampark.yinli.codec.cipher", "AES_ECB_PKCS5");
    props.put("ampark.yinli.codec.aes-key", Base64.getEncoder().encodeToString(aes));
    props.put("ampark.yinli.codec.aes-key-encoding", "BASE64");
    props.put("ampark.yinli.codec.body-text", "BASE64");
    props.put("ampark.yinli.codec.signature", "SHA256_WITH_RSA");
    props.put("ampark.yinli.codec.private-key", FakeYinliEnvelope.base64(app.getPrivate()));
    props.put("ampark.yinli.codec.peer-public-key", FakeYinliEnvelope.base64(yinli.getPublic()));
    props.put("ampark.yinli.codec.signature-text", "BASE64");
    props.put("ampark.yinli.codec.signed-content", "CIPHERTEXT");
    props.put("ampark.yinli.codec.version", "1.0");
    props.put("ampark.yinli.codec.corp-id", "fake-yinli");
    props.put("ampark.yinli.codec.app-id", "fake-yinli-app");
    return fake;
  }
}
