package io.github.ampark.testkit;

/** Answers one route of a fake. Runs on the fake's server thread; may change the fake's state. */
@FunctionalInterface
public interface Handler {
  /**
   * The answer.
   *
   * @param request the request as received
   * @return the answer
   */
  FakeResponse handle(FakeRequest request);
}
