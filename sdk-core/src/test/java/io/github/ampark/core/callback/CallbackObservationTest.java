package io.github.ampark.core.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.AmparkListener;
import io.github.ampark.core.CallbackHandled;
import io.github.ampark.core.CallbackHandled.Outcome;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.CapturingLogs;
import io.github.ampark.core.testing.RecordingListener;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * One call around a vendor's callback handling tells the listener how each delivery was answered;
 * {@link DuplicateGuard#handleOnce} inside it reports what the guard found.
 */
class CallbackObservationTest {
  static final CallbackReply ACK = CallbackReply.text("success").asAcknowledgement();
  static final CallbackReply REJECTED = CallbackReply.text(400, "fail");
  static final CallbackReply BUSY = CallbackReply.text(503, "busy");

  final RecordingListener listener = new RecordingListener();
  final DuplicateGuard guard = DuplicateGuard.inMemory();
  final AtomicInteger handled = new AtomicInteger();

  /** A vendor's handle(): refuse what fails verification, else handle once through the guard. */
  CallbackReply deliver(boolean authentic, String key, Supplier<CallbackReply> handler) {
    return CallbackObservation.observe(listener, "acme", "order", () -> {
      if (!authentic) {
        return REJECTED;
      }
      return guard.handleOnce(key, () -> {
        handled.incrementAndGet();
        return handler.get();
      }, () -> ACK, () -> BUSY);
    });
  }

  Outcome last() {
    return listener.callbacks.get(listener.callbacks.size() - 1).outcome();
  }

  @Test
  void aVerifiedNewEventIsHandledAndItsResendIsADuplicate() {
    assertThat(deliver(true, "acme:T1:PAID", () -> ACK)).isSameAs(ACK);
    assertThat(deliver(true, "acme:T1:PAID", () -> ACK)).isSameAs(ACK);

    assertThat(handled).hasValue(1);
    assertThat(listener.callbacks).extracting(CallbackHandled::outcome).containsExactly(Outcome.HANDLED, Outcome.DUPLICATE);
    CallbackHandled first = listener.callbacks.get(0);
    assertThat(first.vendor()).isEqualTo("acme");
    assertThat(first.kind()).isEqualTo("order");
    assertThat(first.verified()).isTrue();
    assertThat(first.replyStatus()).isEqualTo(200);
    assertThat(first.eventKey()).isEqualTo("acme:T1:PAID");
  }

  @Test
  void aCallbackThatFailsVerificationIsRefusedAndNeverHandled() {
    assertThat(deliver(false, "acme:T1:PAID", () -> ACK)).isSameAs(REJECTED);

    assertThat(handled).hasValue(0);
    assertThat(listener.callbacks).singleElement().satisfies(c -> {
      assertThat(c.outcome()).isEqualTo(Outcome.REFUSED);
      assertThat(c.verified()).isFalse();
      assertThat(c.replyStatus()).isEqualTo(400);
      assertThat(c.eventKey()).isNull();
    });
  }

  @Test
  void aHandlerThatRefusesIsAFailureAndTheResendIsHandledAgain() {
    deliver(true, "acme:T1:PAID", () -> CallbackReply.text(500, "fail"));
    assertThat(last()).isEqualTo(Outcome.FAILED);
    deliver(true, "acme:T1:PAID", () -> ACK);
    assertThat(last()).isEqualTo(Outcome.HANDLED);
    assertThat(handled).hasValue(2);
  }

  @Test
  void aResendWhileTheFirstIsBeingHandledIsBusy() {
    assertThat(guard.claim("acme:T1:PAID")).isEqualTo(DuplicateGuard.Claim.FIRST); // another delivery holds it
    assertThat(deliver(true, "acme:T1:PAID", () -> ACK)).isSameAs(BUSY);
    assertThat(last()).isEqualTo(Outcome.BUSY);
    assertThat(handled).hasValue(0);
  }

  @Test
  void handlingThatThrowsIsAFailureAndTheExceptionPassesUnchanged() {
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(() -> deliver(true, "acme:T1:PAID", () -> {
      throw boom;
    })).isSameAs(boom);
    assertThat(listener.callbacks).singleElement().satisfies(c -> {
      assertThat(c.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(c.replyStatus()).isZero();
    });
  }

  @Test
  void outsideAnObservationTheGuardBehavesAsBeforeAndNothingIsTold() {
    assertThat(guard.handleOnce("k", () -> ACK, () -> ACK, () -> BUSY)).isSameAs(ACK);
    assertThat(guard.handleOnce("k", () -> REJECTED, () -> ACK, () -> BUSY)).isSameAs(ACK);
    assertThat(listener.callbacks).isEmpty();
    assertThat(CallbackObservation.observe(null, "acme", "order", () -> ACK)).isSameAs(ACK);
  }

  @Test
  void aThrowingListenerNeverChangesTheReply() {
    CapturingLogs.clear();
    AmparkListener throwing = new AmparkListener() {
      @Override
      public void callbackHandled(CallbackHandled callback) {
        throw new IllegalStateException("no");
      }
    };
    CallbackReply reply = CallbackObservation.observe(throwing, "acme", "order",
        () -> guard.handleOnce("acme:T9", () -> ACK, () -> ACK, () -> BUSY));
    assertThat(reply).isSameAs(ACK);
    assertThat(CapturingLogs.lines()).anySatisfy(l -> assertThat(l).startsWith("WARN io.github.ampark.listener")
        .contains(throwing.getClass().getName()).doesNotContain("acme:T9"));
  }

  @Test
  void aClientsRuntimeObservesWithItsOwnListenerAndVendorName() {
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s").listener(listener).build()) {
      client.runtime().observeCallback("order", () -> guard.handleOnce("acme:T5", () -> ACK, () -> ACK, () -> BUSY));
    }
    assertThat(listener.callbacks).singleElement().satisfies(c -> {
      assertThat(c.vendor()).isEqualTo("acme");
      assertThat(c.outcome()).isEqualTo(Outcome.HANDLED);
    });
  }
}
