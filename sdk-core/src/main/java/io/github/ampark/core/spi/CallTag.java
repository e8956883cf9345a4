package io.github.ampark.core.spi;

import io.github.ampark.core.Nullable;
import kotlin.jvm.JvmClassMappingKt;
import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;
import okhttp3.Request;

/**
 * What the pipeline's interceptors share about one OkHttp call: what the call is ({@link CallInfo}),
 * the shared deadline of a keyed operation, the observation of the call, and the current attempt.
 *
 * <p>How the interceptors find it, without Kotlin reflection on a synchronous call: OkHttp runs
 * every application and network interceptor of {@code call.execute()} on the calling thread, so
 * {@link Exchange} puts the tag in a thread-local for the duration of {@code execute()} ({@link
 * #runOn}, restored in a {@code finally}, so a call made inside another call's chain — a signer
 * fetching a token — finds its own tag and the outer call finds its own again afterwards). The
 * thread-local answers only for the very {@link Call} it was entered for (identity), and holds
 * nothing once no call runs on the thread: one slot per thread, no map that a missed removal could
 * grow. An
 * asynchronous call ({@code enqueue} runs the chain on OkHttp's dispatcher threads) carries the tag
 * as a tag of the {@link Call} instead (not of its request: a request tag costs a copy of the
 * request). OkHttp 5 keys those tags by {@code KClass}, and the first {@code KClass} a JVM makes
 * loads Kotlin's reflection tables ({@code ClassReference}: ~60 classes, milliseconds at start);
 * the keys are made in {@link Keys}, a holder only that fallback initializes.
 *
 * <p>Attempts of one call run one after the other on the thread running its interceptor chain, so
 * the attempt fields are rewritten in place by the retry interceptor before each attempt. A late
 * write by an earlier attempt could only set {@link #reachedNetwork}, which is the cautious side
 * (a request that may have reached the vendor is never retried unless it is SAFE).
 */
final class CallTag {
  /** The tag of the synchronous call running its interceptor chain on this thread, or none. */
  private static final ThreadLocal<CallTag> RUNNING = new ThreadLocal<>();

  /** The call's absolute deadline (a {@link System#nanoTime()} instant), or {@link Exchange#NO_DEADLINE}. */
  final long deadlineNanos;

  /** The observation of this call (listener, MDC), or {@code null}. */
  final @Nullable Observed observed;

  /** What the call is, as the exchange resolved it, or {@code null} (a call the exchange did not make). */
  final @Nullable CallInfo info;

  /** The call this tag belongs to, or {@code null} for a tag made by an interceptor for a foreign call. */
  private final @Nullable Call call;

  /**
   * The request the exchange sent, if it carries no tags at all (a compiled method's, a raw request
   * without tags), else {@code null}: a signer asking this very request for a tag is answered
   * without a lookup (whose {@code Class} key OkHttp 5 turns into a {@code KClass}).
   */
  private final @Nullable Request untagged;

  /** The current attempt, counted from 1 (0 before the first). */
  volatile int attempt;

  /** The number of attempts the retry policy allows. */
  volatile int maxAttempts;

  /** Whether the current attempt reached the network (a connection was open and the request about to be written). */
  volatile boolean reachedNetwork;

  CallTag(@Nullable Call call, @Nullable CallInfo info, @Nullable Request untagged, long deadlineNanos,
      @Nullable Observed observed) {
    this.call = call;
    this.untagged = untagged;
    this.info = info;
    this.deadlineNanos = deadlineNanos;
    this.observed = observed;
  }

  /** The call's tag, attached now (with no deadline and no observation) if it has none. */
  static CallTag of(Call call) {
    CallTag tag = find(call);
    return tag != null ? tag : new CallTag(null, null, null, Exchange.NO_DEADLINE, null).attachTo(call);
  }

  /** The call's tag, or {@code null}: the running synchronous call's, else the one attached to {@code call}. */
  static @Nullable CallTag find(Call call) {
    CallTag running = RUNNING.get();
    if (running != null && running.call == call) {
      return running;
    }
    return call.tag(Keys.CALL_TAG);
  }

  /** Attaches this tag to {@code call} (the first tag attached wins): for a call run on another thread. */
  CallTag attachTo(Call call) {
    return Keys.attach(call, this);
  }

  /**
   * Makes this tag the one {@link #find} answers for its call on the current thread, until {@link
   * #restore} is given the result (in a {@code finally}).
   *
   * @return the tag this one hides (a call running further out on this thread), or {@code null}
   */
  @Nullable CallTag runOn() {
    CallTag previous = RUNNING.get();
    RUNNING.set(this);
    return previous;
  }

  /**
   * Ends {@link #runOn}: the thread goes back to what it had before. Set, not removed, when that
   * was nothing: the thread's entry then holds {@code null} (no tag, call or request kept, and its
   * key is the one static thread-local), and the thread's next call reuses it instead of allocating
   * a new entry, a weak reference, per call.
   */
  static void restore(@Nullable CallTag previous) {
    RUNNING.set(previous);
  }

  /** The tag {@link #find} answers from the thread-local on this thread, or {@code null} (for tests: nothing is left behind). */
  static @Nullable CallTag running() {
    return RUNNING.get();
  }

  /** Whether {@code request} is the one the exchange sent and it carries no tags. */
  boolean untagged(Request request) {
    return untagged != null && untagged == request;
  }

  /** Starts attempt {@code n} of {@code max}. */
  void startAttempt(int n, int max) {
    maxAttempts = max;
    attempt = n;
    reachedNetwork = false;
  }

  /**
   * The {@code KClass} keys of OkHttp's tags, made once (a {@code Class} key costs one per lookup)
   * and only when a tag is really used: the first {@code KClass} loads Kotlin's reflection tables.
   */
  static final class Keys {
    static final KClass<CallTag> CALL_TAG = JvmClassMappingKt.getKotlinClass(CallTag.class);
    static final KClass<CallInfo> CALL_INFO = JvmClassMappingKt.getKotlinClass(CallInfo.class);

    private Keys() {}

    /**
     * Attaches {@code tag} to {@code call} (here, not in {@code CallTag}: verifying a method that
     * passes a {@code Function0} loads Kotlin's function types).
     */
    static CallTag attach(Call call, CallTag tag) {
      return call.tag(CALL_TAG, new Value(tag));
    }

    /** A tag's value as OkHttp's {@code computeIfAbsent} takes it (here, not on {@code CallTag}: a Kotlin type). */
    static final class Value implements Function0<CallTag> {
      private final CallTag tag;

      Value(CallTag tag) {
        this.tag = tag;
      }

      @Override
      public CallTag invoke() {
        return tag;
      }
    }
  }
}
