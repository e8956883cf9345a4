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

  /** The time all contenders use: the system clock, or fixed for the equivalence check. */
  public static volatile Clock clock = Clock.systemUTC();

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
