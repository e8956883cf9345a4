package io.github.ampark.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this Ampark build. */
public final class Ampark {
  private static final String VERSION = loadVersion();

  private Ampark() {}

  /**
   * The SDK version, e.g. {@code "0.1.0"}.
   *
   * @return the SDK version, e.g. {@code "0.1.0"}
   */
  public static String version() {
    return VERSION;
  }

  /**
   * The {@code User-Agent} every client sends: {@code ampark-java/<version>}.
   *
   * @return the {@code User-Agent} every client sends: {@code ampark-java/<version>}
   */
  public static String userAgent() {
    return "ampark-java/" + VERSION;
  }

  private static String loadVersion() {
    try (InputStream in = Ampark.class.getResourceAsStream("ampark-version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.startsWith("$")) {
          return v;
        }
      }
    } catch (IOException ignored) {
      // fall through
    }
    return "unknown";
  }
}
