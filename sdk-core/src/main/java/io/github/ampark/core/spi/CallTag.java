package io.github.ampark.core.spi;

import io.github.ampark.core.Nullable;
import kotlin.jvm.JvmClassMappingKt;
import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;

/**
 * What the pipeline's interceptors share about one OkHttp call, kept as a tag of the {@link Call}
 * (not of its request): the shared deadline of a keyed operation, the observation of the call, and
 * the current attempt. A call tag costs no copy of the request, where a request tag costs one per
 * tag (headers, tags map, builder) — and the attempt's facts used to cost one more copy per attempt.
 *
 * <p>Attempts of one call run one after the other on the thread running its interceptor chain, so
 * the attempt fields are rewritten in place by the retry interceptor before each attempt. A late
 * write by an earlier attempt could only set {@link #reachedNetwork}, which is the cautious side
 * (a request that may have reached the vendor is never retried unless it is SAFE).
 */
final class CallTag implements Function0<CallTag> {
  /** The tag's key, made once: OkHttp keys tags by {@code KClass}, and a {@code Class} key costs one per lookup. */
  static final KClass<CallTag> KEY = JvmClassMappingKt.getKotlinClass(CallTag.class);

  /** The call's absolute deadline (a {@link System#nanoTime()} instant), or {@link Exchange#NO_DEADLINE}. */
  final long deadlineNanos;

  /** The observation of this call (listener, MDC), or {@code null}. */
  final @Nullable Observed observed;

  /** The current attempt, counted from 1 (0 before the first). */
  volatile int attempt;

  /** The number of attempts the retry policy allows. */
  volatile int maxAttempts;

  /** Whether the current attempt reached the network (a connection was open and the request about to be written). */
  volatile boolean reachedNetwork;

  CallTag(long deadlineNanos, @Nullable Observed observed) {
    this.deadlineNanos = deadlineNanos;
    this.observed = observed;
  }

  /** The call's tag, attached now (with no deadline and no observation) if it has none. */
  static CallTag of(Call call) {
    CallTag tag = call.tag(KEY);
    return tag != null ? tag : new CallTag(Exchange.NO_DEADLINE, null).attachTo(call);
  }

  /** The call's tag, or {@code null}. */
  static @Nullable CallTag find(Call call) {
    return call.tag(KEY);
  }

  /** Attaches this tag to {@code call} (the first tag attached wins). */
  CallTag attachTo(Call call) {
    return call.tag(KEY, this);
  }

  /** Starts attempt {@code n} of {@code max}. */
  void startAttempt(int n, int max) {
    maxAttempts = max;
    attempt = n;
    reachedNetwork = false;
  }

  @Override
  public CallTag invoke() {
    return this;
  }
}
