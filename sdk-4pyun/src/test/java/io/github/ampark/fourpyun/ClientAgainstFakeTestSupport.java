package io.github.ampark.fourpyun;

/** Small helpers shared by the fake-backed tests. */
final class ClientAgainstFakeTestSupport {
  private ClientAgainstFakeTestSupport() {}

  static SyncException expectStop(Runnable run) {
    try {
      run.run();
    } catch (SyncException e) {
      return e;
    }
    throw new AssertionError("expected the sync to stop");
  }
}
