package io.github.ampark.core.batch;

import io.github.ampark.core.ApiException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A sender that answers on other threads after a delay and fails the batches it is told to; records what it was sent. */
final class ScriptedSender implements BatchSender<Integer>, AutoCloseable {
  /** One batch the sender received. */
  record Sent(int number, int first, int size, boolean exclusive) {}

  final ExecutorService pool = Executors.newFixedThreadPool(8);
  final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
  final Set<Integer> failing = ConcurrentHashMap.newKeySet();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  volatile RuntimeException failure = new ApiException("acme", "pushRows", 200, "500", "服务器内部错误", "s-1", "");
  volatile long delayMillis = 2;

  @Override
  public CompletableFuture<String> send(List<Integer> rows, Batch batch) {
    int number = sent.size() + 1;
    sent.add(new Sent(number, rows.get(0), rows.size(), batch.exclusive()));
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    return CompletableFuture.supplyAsync(() -> {
      sleep(delayMillis);
      inFlight.decrementAndGet();
      if (failing.contains(number)) {
        throw failure;
      }
      return "ok " + number;
    }, pool);
  }

  List<Boolean> exclusiveFlags() {
    return sent.stream().map(Sent::exclusive).collect(Collectors.toList());
  }

  List<Integer> sizes() {
    return sent.stream().map(Sent::size).collect(Collectors.toList());
  }

  /**
   * A job over this sender, one batch at a time unless the test sets {@code parallelism}: these
   * tests were written when that was the default and assert arrival order (the default itself,
   * now 4, is pinned in {@link BatchJobSettingsTest}).
   */
  BatchJob.Builder<Integer> job() {
    return BatchJob.builder("acme", "pushRows", this).parallelism(1);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static List<Integer> records(int n) {
    return IntStream.range(0, n).boxed().collect(Collectors.toList());
  }

  static BatchException expectStop(Runnable r) {
    try {
      r.run();
    } catch (BatchException e) {
      return e;
    }
    throw new AssertionError("expected a BatchException");
  }
}
