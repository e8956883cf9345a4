package io.github.ampark.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A vendor call's time formatting loads neither the time-zone database nor {@code
 * DateTimeFormatter}: a fresh JVM runs the common paths with class loading logged (the test JVM
 * has long loaded both). Deterministic: it asserts which classes load, not how long anything takes.
 */
class TimeFormatLoadsNoTimeZoneDatabaseTest {

  @Test
  void commonPathsLoadNeitherTheZoneRulesNorDateTimeFormatterWhichStayAvailableOnDemand() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xlog:class+load=info:stdout");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Probe.class.getName());
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = read(child.getInputStream());
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(log).isZero();

    int marker = log.indexOf("COMMON PATHS DONE");
    assertThat(marker).as("the probe ran").isPositive();
    String common = log.substring(log.indexOf("LOADING TIMEFORMAT"), marker);
    String later = log.substring(marker);
    assertThat(common).contains("io.github.ampark.core.time.TimeFormat ");
    assertThat(common)
        .doesNotContain("java.time.zone.TzdbZoneRulesProvider")
        .doesNotContain("java.time.format.DateTimeFormatter ")
        .doesNotContain("java.time.LocalDateTime ");
    // a 1990 Shanghai time takes the java.time path, which loads on demand and answers with daylight time
    assertThat(later).contains("java.time.zone.TzdbZoneRulesProvider").contains("19900701120000");
  }

  /** The child JVM's main class. */
  public static final class Probe {
    public static void main(String[] args) {
      Instant t = Instant.ofEpochSecond(1_625_068_799L, 500_000_000);
      System.out.println("LOADING TIMEFORMAT");
      String out = TimeFormat.SHANGHAI_COMPACT.format(t) + TimeFormat.UTC_ISO.format(t)
          + TimeFormat.EPOCH_MILLIS.format(t) + TimeFormat.EPOCH_SECONDS.format(t)
          + TimeFormat.SHANGHAI_COMPACT.parse(" 20181130105250 ").getEpochSecond()
          + TimeFormat.UTC_ISO.parse("2022-09-30T16:00:00Z").getEpochSecond()
          + TimeFormat.EPOCH_MILLIS.parse("1625068799000").getEpochSecond();
      System.out.println("COMMON PATHS DONE " + out.length());
      // 1990-07-01 12:00 local, UTC+9 (daylight time)
      System.out.println(TimeFormat.SHANGHAI_COMPACT.format(Instant.ofEpochSecond(646_801_200L)));
    }
  }

  private static String read(InputStream in) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }
}
