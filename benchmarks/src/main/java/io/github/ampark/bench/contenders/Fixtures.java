package io.github.ampark.bench.contenders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The inputs every contender sends, and the credentials they sign with. */
public final class Fixtures {
  private Fixtures() {}

  // Wikeyun (spec W1)
  public static final String WK_APP_KEY = "1000001";
  public static final String WK_SECRET = "testsecret";
  public static final String WK_STORE = "12345";
  public static final long WK_CARD = 67890;
  public static final String WK_CLIENT_IP = "127.0.0.1";
  public static final String WK_NOTIFY = "https://example.com/notify";

  // 4pyun (spec PV4)
  public static final String PP_SECRET = "12323232323";
  public static final String PP_PARK = "49f0cc52-e8c7-41e3-b54d-af666b8cc11a";
  public static final long PP_PAY_TIME_MS = 1625068799000L;

  // Bolink (spec BV3 key)
  public static final long BL_UNION = 200666;
  public static final String BL_UKEY = "0123456789ABCDEF";
  public static final String BL_PARK = "dlytest_no";


  // Wanzhuang (spec Z2: app id and secret of the vector)
  public static final String WZ_APP_ID = "3aa6943fd3e78e";
  public static final String WZ_SECRET = "testsecret";
  public static final String WZ_DEVICE = "18000001";

  // Yinli 0.1 envelope: AES/ECB/PKCS5 (Base64 key "0123456789abcdef"), Base64 texts, SHA256withRSA
  // over the ciphertext. A benchmark-only 2048-bit RSA pair, used on both sides (the loopback server
  // seals its answers with it, the client verifies with its public half): ECB and PKCS#1 v1.5 are
  // deterministic, so with fixed request ids and times the sealed bytes are reproducible.
  public static final String YL_AES_KEY_BASE64 = "MDEyMzQ1Njc4OWFiY2RlZg==";
  public static final String YL_PRIVATE_KEY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDum2cTZP9jglL8ZQPpnGjOSp7NFkwdj/rcVAxlA5Va7hzc9qHe0rWYkNWjvg0O6fQs71GK7E/+2ktOHYVc+9yhxJKz6ms2W9BPPyzuaXiGLvAWQi18Jx8fa45qUpK0eW82pIxiVwZoVOyBFTqHoZ7o97l7+JVw4cDF1PHZYEZwml4YmtPdIvxmd/AigDA15nz4FKBP2cKDed01cfG0ra9ASdtcEIBnw8D/GNYBST2jer0BZEi4qjDIS0hVV1/Bl0291+TuW45GiQe14pwd8qYxgzSNsQIcYg1thO0ZW8Gim4bTUunfclYm22bp2DokD8OKmEyBwnoEV6rJ+jjsmDwpAgMBAAECggEATJuddQckzhyuKzX9kxgyOCWSJdOmXYl4KBxeHGKRpe+0Wadf4kwxnMnHpfpjc+neiTzPJ/TmXDNXIT3uLyP4OwIDfftiL8I7t+3XLba0SRSx5duagfWHkw1z3KQlUQd6EweywPIi7wVxJ6Kat6hG/pJmvaxawrLgs0PC4KF+DDGNEze7fA9OlxipD3vsiGQOf4nTBtW2X9vY1vmAqNMdADDtZZMfGRylWd3TDsqU4fiKJorEAVZUWkln7csisU5wj8KR0caPgj2N8Ji2Uh0YbXmFeepoH2Wo3cO30panCTkqTnodCBu02Y0DS59Ah/WKAAetVS+6T0yzzyJYvWnw5wKBgQD6qK+ftRlVOhs3lRsc1B3UN2oQY59mKonMpcxQY9evs9eFY+HrpYU3zCyXkRXR0ikRCr6u9QOZPlp+IUX9FU0aCbNSleCkqMkLt/W9g2G7sOjqvahLgTPQpWPTx6mtVS2M8kj6zx/zPbYeKGM3qjvkz0AZVNKUW4OG4SXWtKupgwKBgQDzsPmbOIUJfc0eW/mXVdRHjDgLe63yBJwI6R1h+SxoB738UjHxaM5NEPCZtBBDnn6kusI1nXGvFFfAcxbZLL3PG/OLyjBm4M3xcRdDtX3NU46dgA2nBGxDyNJebUPbIkdlXiWvdHeH76Z4IVDZYyR3kmDESUcvawwg/dVEa3DP4wKBgQCOcWwUazrxNusepApbUKN+5NrOY37C9WuHs7Su/n4kqCPS9tb9LfvNoKa6n0VyDmct+xgvnqcj385XHRuD3iYJpPeV9/xINm7BzRHGV7Ijkj5an9rSxaKncEWRpUZkbSJMlacpeKkkdq5W5wazLHeK6Mf5XT2p93OAI9R39gYTdwKBgHH41FSnU3lD7/oB9DK2PqkTyGZ+erUVONDmDgrzWbRx4oYu/xKz/MCIaq7IS08EwqBShGBE+ZVzwzLL4OTDiyZhIT/A2XBUNZ11Ufcl2+d669l3uWrio6v0MYdePP0xBAlBxghQRVM7XzUSB9kUCEswF7fVuchQnYSUkvkD8ugXAoGAfXVHSSTbRl+jOSzXqwgUTN804N1nkasEiqsDiyjk+BOTGbyXw9qes84mA/6URPIdR+nTNA95UWIa32tK/133SOnQX9gJk+zVGXh1h4b8hnyF0CQSevPNgM0Czt6lazA3wWObSvunQP1OWZAOyuyqv8gDFOXLKKCiO5ZIrWYzog0=";
  public static final String YL_PUBLIC_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7ptnE2T/Y4JS/GUD6ZxozkqezRZMHY/63FQMZQOVWu4c3Pah3tK1mJDVo74NDun0LO9RiuxP/tpLTh2FXPvcocSSs+prNlvQTz8s7ml4hi7wFkItfCcfH2uOalKStHlvNqSMYlcGaFTsgRU6h6Ge6Pe5e/iVcOHAxdTx2WBGcJpeGJrT3SL8ZnfwIoAwNeZ8+BSgT9nCg3ndNXHxtK2vQEnbXBCAZ8PA/xjWAUk9o3q9AWRIuKowyEtIVVdfwZdNvdfk7luORokHteKcHfKmMYM0jbECHGINbYTtGVvBopuG01Lp33JWJttm6dg6JA/DiphMgcJ6BFeqyfo47Jg8KQIDAQAB";
  public static final String YL_VERSION = "1.0";
  public static final String YL_CORP = "CORP-BENCH";
  public static final String YL_APP = "APP-BENCH";
  public static final String YL_SHOP = "S-101";
  public static final String YL_DEVICE = "DB-0001";
  /** The plain answer to deviceInfo the loopback server seals. */
  public static final String YL_DEVICE_INFO_ANSWER =
      "{\"shopCode\":\"S-101\",\"deviceActualCode\":\"DB-0001\",\"balance\":88.50,\"days\":12,"
      + "\"deviceList\":[{\"storeCode\":\"1F-101\"}]}";

  private static final AtomicLong SEQ = new AtomicLong();

  /** Restarts order numbering (so two contenders can be made to send the same numbers). */
  public static void resetSequence() {
    SEQ.set(0);
  }

  /** A fresh merchant order number. */
  public static String orderNo(String prefix) {
    // not String.format: the harness's own cost must stay small next to the contenders'
    String n = Long.toString(SEQ.incrementAndGet());
    StringBuilder sb = new StringBuilder(prefix.length() + 12).append(prefix);
    for (int i = n.length(); i < 12; i++) {
      sb.append('0');
    }
    return sb.append(n).toString();
  }

  /** A fresh number (Wanzhuang's charge_id). */
  public static long nextNumber() {
    return SEQ.incrementAndGet();
  }

  /** A request id for Yinli's header: random, or counted when the clock is fixed (equivalence check). */
  public static String requestId() {
    return clock.equals(SYSTEM) ? java.util.UUID.randomUUID().toString() : "REQ-" + SEQ.incrementAndGet();
  }

  /** The time all contenders use: the system clock, or fixed for the equivalence check. */
  public static volatile Clock clock = Clock.systemUTC();
  private static final Clock SYSTEM = Clock.systemUTC();

  public static Instant now() {
    return clock.instant();
  }

  /**
   * The MD5 every vendor demo hand-rolls: MessageDigest, then a loop of Integer.toHexString into
   * a StringBuffer, then toUpperCase. Kept deliberately in that style.
   */
  public static String demoMd5(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      byte[] digest = md.digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuffer sb = new StringBuffer();
      for (byte b : digest) {
        String hex = Integer.toHexString(b & 0xff);
        if (hex.length() == 1) {
          sb.append("0");
        }
        sb.append(hex);
      }
      return sb.toString().toUpperCase();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The MD5 a careful hand-written client uses (table hex, no StringBuffer). */
  public static String md5Upper(String text) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      char[] hex = "0123456789ABCDEF".toCharArray();
      char[] out = new char[32];
      for (int i = 0; i < 16; i++) {
        out[2 * i] = hex[(d[i] >> 4) & 0xF];
        out[2 * i + 1] = hex[d[i] & 0xF];
      }
      return new String(out);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
