package io.github.ampark.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.callback.DuplicateGuard.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DuplicateGuard} does, whatever its store (in the sdk-core test-jar). The
 * in-memory guard, the JDBC guard and the Redis guard all extend it.
 *
 * <p>A subclass gives {@link #newNode()}: a guard on the store this test shares, each call another
 * "node" (another instance of the application behind a load balancer). The guard must use {@link
 * #LEASE} as its claim lease and {@link #RETENTION} as the retention of handled keys, and read time
 * from {@link #clock} — or override {@link #passTime(Duration)} when the store keeps time itself.
 * Keys come from {@link #key(String)}, unique per test, so a shared store needs no cleaning.
 *
 * <p>Threads are ordered with barriers and latches only; time passes only through {@link
 * #passTime(Duration)}.
 */
public abstract class DuplicateGuardContract {
  /** The claim lease every guard under test is built with. */
  public static final Duration LEASE = Duration.ofMinutes(1);
  /** How long every guard under test remembers a handled key. */
  public static final Duration RETENTION = Duration.ofMinutes(10);

  /** Threads delivering each event at once in the concurrency tests, spread over two nodes. */
  protected static final int THREADS = 8;

  /** The vendor's acknowledgement, as a vendor module marks it. */
  protected static final CallbackReply ACK = CallbackReply.text("success").asAcknowledgement();
  /** The acknowledgement of a delivery of an event already handled. */
  protected static final CallbackReply ACK_AGAIN = CallbackReply.text("success").asAcknowledgement();
  /** "Being handled, send it again later". */
  protected static final CallbackReply BUSY = CallbackReply.text(503, "busy");
  /** A refusal inside HTTP 200: not an acknowledgement. */
  protected static final CallbackReply REFUSED = CallbackReply.text(200, "fail");

  /** The time every guard under test reads (unless {@link #passTime} is overridden). */
  protected final TestClock clock = new TestClock();

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private DuplicateGuard nodeA;
  private DuplicateGuard nodeB;
  private ExecutorService pool;

  /**
   * A new guard on the store this test shares (another node), built with {@link #LEASE}, {@link
   * #RETENTION} and {@link #clock}. A guard whose store is the guard itself (in memory) returns the
   * same instance every time.
   */
  protected abstract DuplicateGuard newNode();

  /**
   * Lets {@code d} pass for every node and the store. The default moves {@link #clock}; a store
   * that keeps time itself (Redis expiries) overrides it.
   */
  protected void passTime(Duration d) {
    clock.advance(d);
  }

  /** A key unique to this test run. */
  protected final String key(String name) {
    return "contract:" + run + ":" + name;
  }

  /** The first node. */
  protected final DuplicateGuard nodeA() {
    if (nodeA == null) {
      nodeA = newNode();
    }
    return nodeA;
  }

  /** The second node, on the same store. */
  protected final DuplicateGuard nodeB() {
    if (nodeB == null) {
      nodeB = newNode();
    }
    return nodeB;
  }

  @AfterEach
  void stopPool() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @Test
  void theFirstClaimOwnsTheKeyEveryNodeThenSeesItInProgressAndThenDone() {
    String k = key("first");
    assertThat(nodeA().claim(k)).isEqualTo(Claim.FIRST);
    assertThat(nodeB().claim(k)).isEqualTo(Claim.IN_PROGRESS);
    assertThat(nodeA().claim(k)).isEqualTo(Claim.IN_PROGRESS);
    assertThat(nodeA().claim(key("other"))).as("keys are independent").isEqualTo(Claim.FIRST);
    nodeA().complete(k);
    assertThat(nodeB().claim(k)).isEqualTo(Claim.DONE);
    assertThat(nodeA().claim(k)).isEqualTo(Claim.DONE);
  }

  @Test
  void aReleasedKeyIsHandledAgainByAnyNode() {
    String k = key("released");
    assertThat(nodeA().claim(k)).isEqualTo(Claim.FIRST);
    nodeA().release(k);
    assertThat(nodeB().claim(k)).isEqualTo(Claim.FIRST);
    nodeB().complete(k);
    assertThat(nodeA().claim(k)).isEqualTo(Claim.DONE);
  }

  @Test
  void aRefusedDeliveryReleasesTheKeySoTheResendIsHandled() {
    String k = key("refused");
    AtomicInteger handled = new AtomicInteger();
    assertThat(nodeA().handleOnce(k, () -> {
      handled.incrementAndGet();
      return REFUSED;
    }, () -> ACK_AGAIN, () -> BUSY)).isSameAs(REFUSED);
    assertThat(nodeB().handleOnce(k, () -> {
      handled.incrementAndGet();
      return ACK;
    }, () -> ACK_AGAIN, () -> BUSY)).as("the resend is handled").isSameAs(ACK);
    assertThat(nodeA().handleOnce(k, () -> {
      handled.incrementAndGet();
      return ACK;
    }, () -> ACK_AGAIN, () -> BUSY)).isSameAs(ACK_AGAIN);
    assertThat(handled.get()).isEqualTo(2);
  }

  @Test
  void aHandlerThatThrowsReleasesTheKeyAndTheExceptionPropagates() {
    String k = key("throws");
    assertThatThrownBy(() -> nodeA().handleOnce(k, () -> {
      throw new IllegalStateException("handler failed");
    }, () -> ACK_AGAIN, () -> BUSY)).isInstanceOf(IllegalStateException.class).hasMessage("handler failed");
    assertThat(nodeB().handleOnce(k, () -> ACK, () -> ACK_AGAIN, () -> BUSY)).isSameAs(ACK);
  }

  @Test
  void onceCompletesOnlyWhatThePredicateCallsSuccess() {
    String k = key("predicate");
    assertThat(nodeA().once(k, () -> "fail", "ok"::equals, () -> "already", () -> "busy")).isEqualTo("fail");
    assertThat(nodeB().once(k, () -> "ok", "ok"::equals, () -> "already", () -> "busy")).isEqualTo("ok");
    assertThat(nodeA().once(k, () -> "ok", "ok"::equals, () -> "already", () -> "busy")).isEqualTo("already");
  }

  @Test
  void aResendArrivingWhileTheEventIsBeingHandledIsAskedToComeBackNotHandled() {
    String k = key("resend-during");
    AtomicInteger handled = new AtomicInteger();
    CallbackReply first = nodeA().handleOnce(k, () -> {
      CallbackReply resend = nodeB().handleOnce(k, () -> {
        handled.incrementAndGet();
        return ACK;
      }, () -> ACK_AGAIN, () -> BUSY);
      assertThat(resend).isSameAs(BUSY);
      handled.incrementAndGet();
      return ACK;
    }, () -> ACK_AGAIN, () -> BUSY);
    assertThat(first).isSameAs(ACK);
    assertThat(handled.get()).isEqualTo(1);
  }

  /**
   * For each event, {@link #THREADS} threads (half on each node) deliver it at the same instant;
   * the one that handles it holds on until every other thread has had its answer, so they all meet
   * the event in progress. Each of them delivers it again once the handling delivery has been
   * answered, as a vendor would, and is acknowledged without handling.
   */
  @Test
  void manyThreadsOnTwoNodesDeliveringEveryEventAtOnceHandleEachExactlyOnce() throws Exception {
    int events = 20;
    pool = Executors.newFixedThreadPool(THREADS);
    DuplicateGuard[] nodes = {nodeA(), nodeB()};
    for (int e = 0; e < events; e++) {
      String k = key("concurrent-" + e);
      AtomicInteger handled = new AtomicInteger();
      AtomicInteger busyAnswers = new AtomicInteger();
      CyclicBarrier start = new CyclicBarrier(THREADS);
      CountDownLatch othersAnswered = new CountDownLatch(THREADS - 1);
      CountDownLatch handlerReturned = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        DuplicateGuard node = nodes[t % 2];
        results.add(pool.submit(() -> {
          boolean[] handledHere = {false};
          start.await(10, TimeUnit.SECONDS);
          CallbackReply reply = node.handleOnce(k, () -> {
            handledHere[0] = true;
            handled.incrementAndGet();
            try {
              assertThat(othersAnswered.await(10, TimeUnit.SECONDS))
                  .as("every other delivery answered while this one handles the event").isTrue();
            } catch (InterruptedException ie) {
              throw new IllegalStateException(ie);
            }
            return ACK;
          }, () -> ACK_AGAIN, () -> BUSY);
          if (handledHere[0]) {
            handlerReturned.countDown();
          } else {
            if (reply == BUSY) {
              busyAnswers.incrementAndGet();
            }
            othersAnswered.countDown();
            // the vendor delivers again later: after the handling delivery has been answered
            assertThat(handlerReturned.await(30, TimeUnit.SECONDS)).isTrue();
            reply = node.handleOnce(k, () -> {
              handled.incrementAndGet();
              return ACK;
            }, () -> ACK_AGAIN, () -> BUSY);
            assertThat(reply).as("a redelivery after the handling is acknowledged again").isSameAs(ACK_AGAIN);
          }
          return reply.acknowledges();
        }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get(30, TimeUnit.SECONDS)).as("every delivery ends acknowledged").isTrue();
      }
      assertThat(handled.get()).as("handled exactly once: " + k).isEqualTo(1);
      assertThat(busyAnswers.get()).as("all others met the event in progress").isEqualTo(THREADS - 1);
      assertThat(nodeA().claim(k)).isEqualTo(Claim.DONE);
      assertThat(nodeB().claim(k)).isEqualTo(Claim.DONE);
    }
  }

  @Test
  void aClaimLeftByACrashedNodeIsTakenOverAfterItsLeaseAndNotBefore() {
    String k = key("crash");
    assertThat(nodeA().claim(k)).isEqualTo(Claim.FIRST); // node A crashes while handling
    passTime(LEASE.minusSeconds(1));
    assertThat(nodeB().claim(k)).isEqualTo(Claim.IN_PROGRESS);
    passTime(Duration.ofSeconds(2));
    assertThat(nodeB().claim(k)).isEqualTo(Claim.FIRST);
    assertThat(nodeA().claim(k)).as("the new claim has a lease of its own").isEqualTo(Claim.IN_PROGRESS);
    nodeB().complete(k);
    assertThat(nodeA().claim(k)).isEqualTo(Claim.DONE);
  }

  @Test
  void manyThreadsRacingToTakeOverAnExpiredClaimLetExactlyOneIn() throws Exception {
    pool = Executors.newFixedThreadPool(THREADS);
    DuplicateGuard[] nodes = {nodeA(), nodeB()};
    for (int round = 0; round < 5; round++) {
      String k = key("takeover-" + round);
      assertThat(nodeA().claim(k)).isEqualTo(Claim.FIRST);
      passTime(LEASE.plusSeconds(1));
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<Claim>> claims = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        DuplicateGuard node = nodes[t % 2];
        claims.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return node.claim(k);
        }));
      }
      int first = 0;
      for (Future<Claim> c : claims) {
        Claim claim = c.get(30, TimeUnit.SECONDS);
        assertThat(claim).isIn(Claim.FIRST, Claim.IN_PROGRESS);
        first += claim == Claim.FIRST ? 1 : 0;
      }
      assertThat(first).as("exactly one takes over " + k).isEqualTo(1);
    }
  }

  @Test
  void aHandledKeyIsRememberedForTheRetentionPeriodThenForgotten() {
    String k = key("retention");
    assertThat(nodeA().claim(k)).isEqualTo(Claim.FIRST);
    passTime(Duration.ofSeconds(30)); // retention counts from completion, not from the claim
    nodeA().complete(k);
    passTime(RETENTION.minusSeconds(1));
    assertThat(nodeB().claim(k)).isEqualTo(Claim.DONE);
    assertThat(nodeA().claim(k)).isEqualTo(Claim.DONE);
    passTime(Duration.ofSeconds(2));
    assertThat(nodeB().claim(k)).isEqualTo(Claim.FIRST);
    assertThat(nodeA().claim(k)).isEqualTo(Claim.IN_PROGRESS);
  }

  /** A clock the test moves by hand. */
  public static final class TestClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    /** Moves time forward by {@code d}. */
    public void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
