package io.github.ampark.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.DuplicateGuard.Claim;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link DuplicateGuardContract} plus what a guard shared by several instances must do because its
 * claims have owners: a node can only give up a claim it still holds, so a handler that overran its
 * lease cannot free the claim of the node that took the event over. (The in-memory guard is one
 * store per instance and has no owners; it passes only the base contract.)
 */
public abstract class SharedDuplicateGuardContract extends DuplicateGuardContract {

  @Test
  void aNodeThatDoesNotHoldAClaimCannotReleaseIt() {
    String k = key("not-mine");
    assertThat(nodeA().claim(k)).isEqualTo(Claim.FIRST);
    nodeB().release(k);
    assertThat(nodeB().claim(k)).isEqualTo(Claim.IN_PROGRESS);
  }

  @Test
  void aLateReleaseByANodeThatLostItsLeaseDoesNotFreeTheNewOwnersClaim() {
    String k = key("late-release");
    assertThat(nodeA().claim(k)).isEqualTo(Claim.FIRST);
    passTime(LEASE.plusSeconds(1));
    assertThat(nodeB().claim(k)).isEqualTo(Claim.FIRST);
    nodeA().release(k); // node A's handler finally fails
    assertThat(nodeA().claim(k)).isEqualTo(Claim.IN_PROGRESS);
    nodeB().complete(k);
    assertThat(nodeA().claim(k)).isEqualTo(Claim.DONE);
  }

  @Test
  void aLateCompletionByANodeThatLostItsLeaseStillRecordsTheEventAsHandled() {
    String k = key("late-complete");
    assertThat(nodeA().claim(k)).isEqualTo(Claim.FIRST);
    passTime(LEASE.plusSeconds(1));
    assertThat(nodeB().claim(k)).isEqualTo(Claim.FIRST);
    nodeA().complete(k); // node A's handler did succeed: the event is handled
    assertThat(nodeB().claim(k)).isEqualTo(Claim.DONE);
    nodeB().release(k); // node B's handler then fails: it must not forget A's success
    assertThat(nodeA().claim(k)).isEqualTo(Claim.DONE);
  }

  @Test
  void aReleaseAfterCompletionDoesNotForgetTheHandledEvent() {
    String k = key("release-after-complete");
    assertThat(nodeA().claim(k)).isEqualTo(Claim.FIRST);
    nodeA().complete(k);
    nodeA().release(k);
    nodeB().release(k);
    assertThat(nodeB().claim(k)).isEqualTo(Claim.DONE);
  }

  @Test
  void aSlowHandlerThatLostItsLeaseAndThenRefusesLeavesTheNewOwnersClaimAlone() {
    String k = key("slow-refusal");
    AtomicReference<Claim> takeover = new AtomicReference<>();
    CallbackReply reply = nodeA().handleOnce(k, () -> {
      passTime(LEASE.plusSeconds(1));
      takeover.set(nodeB().claim(k)); // the vendor's resend reaches node B
      return REFUSED;
    }, () -> ACK_AGAIN, () -> BUSY);
    assertThat(reply).isSameAs(REFUSED);
    assertThat(takeover.get()).isEqualTo(Claim.FIRST);
    assertThat(nodeA().claim(k)).as("node B still holds it").isEqualTo(Claim.IN_PROGRESS);
  }

  @Test
  void onTheSameNodeTooAStaleHandlersRefusalLeavesTheNewClaimAlone() {
    String k = key("same-node-stale");
    AtomicReference<Claim> takeover = new AtomicReference<>();
    CallbackReply reply = nodeA().handleOnce(k, () -> {
      passTime(LEASE.plusSeconds(1));
      takeover.set(nodeA().claim(k)); // the resend reaches the same node, another thread
      return REFUSED;
    }, () -> ACK_AGAIN, () -> BUSY);
    assertThat(reply).isSameAs(REFUSED);
    assertThat(takeover.get()).isEqualTo(Claim.FIRST);
    assertThat(nodeB().claim(k)).isEqualTo(Claim.IN_PROGRESS);
    nodeA().complete(k);
    assertThat(nodeB().claim(k)).isEqualTo(Claim.DONE);
  }

  @Test
  void aClaimTakenOverAfterALeaseHasAFullLeaseOfItsOwn() {
    String k = key("renewed-lease");
    assertThat(nodeA().claim(k)).isEqualTo(Claim.FIRST);
    passTime(LEASE.plusSeconds(1));
    assertThat(nodeB().claim(k)).isEqualTo(Claim.FIRST);
    passTime(LEASE.minus(Duration.ofSeconds(2)));
    assertThat(nodeA().claim(k)).isEqualTo(Claim.IN_PROGRESS);
  }
}
