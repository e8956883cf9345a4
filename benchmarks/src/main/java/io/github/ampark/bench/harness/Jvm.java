package io.github.ampark.bench.harness;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Facts about this JVM and machine, and CPU/heap readings. */
public final class Jvm {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private Jvm() {}

  public static String java() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  public static long processCpuNanos() {
    return OS.getProcessCpuTime();
  }

  /** CPU time of the calling thread (user and system), in ns. */
  public static long threadCpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** Sum of the peak usage of every heap pool since start (or the last reset). */
  public static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  public static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /**
   * The machine's CPU time so far from the first line of {@code /proc/stat}: {all ticks, ticks the
   * hypervisor stole}; null where there is no such file (not Linux) or it cannot be read.
   */
  public static long[] cpuTicks() {
    try (java.io.BufferedReader r = Files.newBufferedReader(Path.of("/proc/stat"))) {
      return parseCpuLine(r.readLine());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * {all ticks, steal ticks} from {@code /proc/stat}'s "cpu" line: user, nice, system, idle, iowait,
   * irq, softirq, steal (guest time is already inside user); null for anything else.
   */
  static long[] parseCpuLine(String line) {
    if (line == null || !line.startsWith("cpu ")) {
      return null;
    }
    String[] f = line.trim().split("\\s+");
    if (f.length < 9) {
      return null;
    }
    long total = 0;
    for (int i = 1; i <= 8; i++) {
      total += Long.parseLong(f[i]);
    }
    return new long[] {total, Long.parseLong(f[8])};
  }

  /**
   * A measurement window with this share of the machine's CPU time (percent, all cores) or more
   * stolen by the hypervisor is marked in the report and may be measured again ({@link StealRetry}).
   */
  public static final double STEAL_LIMIT_PERCENT = 5;

  /**
   * The share of the machine's CPU time (all cores) the hypervisor took between two {@link #cpuTicks()}
   * readings, in percent to one decimal; -1 when either reading is missing or no time passed.
   */
  public static double stealPercent(long[] before, long[] after) {
    if (before == null || after == null || after[0] <= before[0]) {
      return -1;
    }
    return Math.round((after[1] - before[1]) * 1000.0 / (after[0] - before[0])) / 10.0;
  }

  public static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cpu", cpuModel());
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memoryGiB", OS.getTotalMemorySize() / (1024L * 1024 * 1024));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    return m;
  }

  private static String cpuModel() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
      for (String l : lines) {
        if (l.startsWith("model name")) {
          return l.substring(l.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }
}
