package io.github.ampark.spring;

import io.github.ampark.core.callback.DuplicateGuard;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The in-memory guard, recording every transition, so an endpoint test can check that a refused
 * callback never completed (was never recorded as handled in) the guard.
 */
final class RecordingGuard implements DuplicateGuard {
  private final DuplicateGuard delegate = DuplicateGuard.inMemory();
  final List<String> claimed = new CopyOnWriteArrayList<>();
  final List<String> completed = new CopyOnWriteArrayList<>();
  final List<String> released = new CopyOnWriteArrayList<>();

  @Override
  public Claim claim(String key) {
    claimed.add(key);
    return delegate.claim(key);
  }

  @Override
  public void complete(String key) {
    completed.add(key);
    delegate.complete(key);
  }

  @Override
  public void release(String key) {
    released.add(key);
    delegate.release(key);
  }

  void clear() {
    claimed.clear();
    completed.clear();
    released.clear();
  }
}
