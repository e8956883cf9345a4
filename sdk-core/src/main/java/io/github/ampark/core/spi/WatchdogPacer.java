package io.github.ampark.core.spi;

import java.util.concurrent.TimeUnit;
import okio.AsyncTimeout;

/**
 * Keeps one timeout of {@link #PERIOD_NANOS} at the head of Okio's watchdog queue while calls are
 * running, so the timeouts a call schedules join the queue behind it instead of waking the watchdog
 * thread.
 *
 * <p>Why: OkHttp enforces the call deadline ({@code callTimeout}) and every read and write timeout
 * with an Okio {@link AsyncTimeout}: each socket read or write enters a node into one JVM-wide
 * queue, and a node that lands at the head of the queue wakes the {@code Okio Watchdog} thread so it
 * can wait for the new, earlier instant. With a call deadline outstanding and read/write timeouts
 * shorter than it (Ampark's defaults: 60 s, 30 s, 30 s), every read and write lands at the head: on
 * the S1 loopback call that measured 2.3 watchdog wake-ups per call, about 9 µs of CPU on the
 * watchdog thread plus the signalling on the caller's (benchmarks/notes, "Okio's watchdog"). A node
 * that lands behind an earlier one wakes nobody; the watchdog always waits for the earliest node,
 * so every timeout still fires at its own instant.
 *
 * <p>The pacer is that earlier node: an {@link AsyncTimeout} whose {@link #timedOut()} re-enters
 * it {@link #PERIOD_NANOS} later as long as a call arrived during the last period, and otherwise
 * lets it go (the watchdog thread then goes idle and exits as Okio's does). It costs one wake-up
 * per period while calls run. A timeout shorter than the period (a {@code withDeadline} close to
 * its end, a read timeout under a second) still lands in front and wakes the watchdog, as it must.
 * It times nothing out: a call's own deadline and timeouts are unchanged. Calls through any OkHttp
 * client in the JVM profit alike, which changes none of their outcomes.
 */
final class WatchdogPacer extends AsyncTimeout {
  /** The pacer's period, 1 s: shorter than every timeout Ampark sets by default (10 s and more). */
  static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

  static final WatchdogPacer INSTANCE = new WatchdogPacer();

  /** Whether the pacer is in the watchdog's queue (or about to be re-entered by {@link #timedOut()}). */
  private volatile boolean armed;

  /** Whether a call arrived since the pacer last fired: set by calls, cleared by the pacer. */
  private volatile boolean used;

  WatchdogPacer() { // one INSTANCE; tests make their own
    timeout(PERIOD_NANOS, TimeUnit.NANOSECONDS);
  }

  /**
   * Called before each call is started: arms the pacer if it is not running. Once it runs, a call
   * costs two volatile reads (and one write per period).
   */
  void beforeCall() {
    if (!used) {
      used = true;
    }
    if (!armed) {
      arm();
    }
  }

  private synchronized void arm() {
    if (!armed) {
      try {
        enter();
        armed = true;
      } catch (RuntimeException e) {
        // pacing only saves wake-ups: an Okio that refuses it must not fail the call (left unarmed,
        // the next call tries again)
      }
    }
  }

  /**
   * Re-arms the pacer if a call arrived during the period that ended; disarms it otherwise. Runs
   * on Okio's watchdog thread, which must never see it throw: a watchdog that died would leave
   * every timeout in the JVM unenforced.
   */
  @Override
  protected synchronized void timedOut() {
    try {
      exit(); // back to idle, so it may enter again
      if (used) {
        used = false;
        enter();
        return;
      }
    } catch (RuntimeException e) {
      // not re-entered: disarmed below, and the next call arms it again
    }
    armed = false;
  }

  /** Whether the pacer is in Okio's queue; for tests. */
  boolean armed() {
    return armed;
  }
}
