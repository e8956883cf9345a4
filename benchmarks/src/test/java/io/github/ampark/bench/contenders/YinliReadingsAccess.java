package io.github.ampark.bench.contenders;

/** Test access to the package-private S3 Yinli contenders: one batch of three readings each. */
public final class YinliReadingsAccess {
  private YinliReadingsAccess() {}

  public static void ampark(String baseUrl) {
    YinliReadings.ampark(baseUrl, 3, 3, 1);
  }

  public static void raw(String baseUrl) throws Exception {
    YinliReadings.rawStreaming(baseUrl, 3, 3);
  }

  public static void demo(String baseUrl) throws Exception {
    YinliReadings.demoNaive(baseUrl, 3, 3);
  }
}
