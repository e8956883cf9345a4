package io.github.ampark.core.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task (a batch job, say) on its own thread until it parks waiting for something only the
 * test can give (an answer held back), then lets the test look and release it, and waits for the
 * task to end. No sleeps: "parked" is the thread's {@code WAITING} state; a task that never parks
 * fails the test after 20 s.
 */
public final class UntilParked {
  private UntilParked() {}

  /** How the task ended: its value, or what it threw. */
  public static final class Outcome<T> {
    public final T value;
    public final Throwable thrown;

    Outcome(T value, Throwable thrown) {
      this.value = value;
      this.thrown = thrown;
    }

    /** @return the value, or the thrown exception, whichever there is */
    public Object either() {
      return thrown != null ? thrown : value;
    }
  }

  /**
   * @param task what to run on its own thread
   * @param whenParked runs on the test's thread once the task parks; releases it
   * @param <T> the task's value
   * @return how the task ended
   */
  public static <T> Outcome<T> run(Callable<T> task, Runnable whenParked) throws InterruptedException {
    Object[] ended = new Object[2];
    Thread runner = new Thread(() -> {
      try {
        ended[0] = task.call();
      } catch (Throwable t) {
        ended[1] = t;
      }
    }, "until-parked");
    runner.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (runner.getState() != Thread.State.WAITING && runner.isAlive()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the task never parked");
      }
      Thread.onSpinWait();
    }
    whenParked.run();
    runner.join(TimeUnit.SECONDS.toMillis(20));
    if (runner.isAlive()) {
      throw new AssertionError("the task did not end after it was released");
    }
    @SuppressWarnings("unchecked")
    T value = (T) ended[0];
    return new Outcome<>(value, (Throwable) ended[1]);
  }
}
