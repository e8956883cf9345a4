package io.github.ampark.bench.jmh;

import io.github.ampark.bench.contenders.Contender;
import io.github.ampark.bench.contenders.Contenders;
import io.github.ampark.bench.server.LoopbackServer;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * S1 as a JMH benchmark, for allocation per call ({@code -prof gc}) and profiling: one complete
 * call per operation against an in-process loopback server. The headline S1 numbers come from
 * {@code S1SingleCall} (server in its own process); this one is for looking inside.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallBenchmarks {
  @Param({"wikeyun", "4pyun", "bolink", "wanzhuang", "yinli"})
  public String vendor;

  @Param({"ampark", "raw-okhttp"})
  public String contender;

  private ServerSocket server;
  private Contender c;

  @Setup(Level.Trial)
  public void start() throws Exception {
    server = LoopbackServer.startInBackground(0);
    c = Contenders.create(vendor, contender, "http://127.0.0.1:" + server.getLocalPort() + "/");
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    c.close();
    server.close();
  }

  @Benchmark
  public void call() throws Exception {
    c.call();
  }
}
