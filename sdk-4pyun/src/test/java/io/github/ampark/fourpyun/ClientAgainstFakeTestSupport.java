package io.github.ampark.fourpyun;

/** Small helpers shared by the fake-backed tests. */
final class ClientAgainstFakeTestSupport {
  private ClientAgainstFakeTestSupport() {}

  static io.github.ampark.core.batch.BatchException expectStop(Runnable run) {
    try {
      run.run();
    } catch (io.github.ampark.core.batch.BatchException e) {
      return e;
    }
    throw new AssertionError("expected the sync to stop");
  }
}
