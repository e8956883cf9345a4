package io.github.ampark.core.spi;

import io.github.ampark.core.http.RawResponse;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.concurrent.ConcurrentHashMap;
import io.github.ampark.core.AmparkException;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.TransportException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Runs one OkHttp call and turns its outcome into data or a typed exception. */
final class Exchange {
  private final ClientRuntime runtime;
  private final ConcurrentHashMap<JavaType, ObjectReader> readers = new ConcurrentHashMap<>();
  private volatile @Nullable ParsedType lastType;

  Exchange(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /** No deadline beyond the client's own {@code callDeadline}. */
  static final long NO_DEADLINE = Long.MIN_VALUE;

  /**
   * A call bounded by {@code deadlineNanos} (a {@link System#nanoTime()} instant) as well as the
   * client's call deadline: the shorter wins.
   */
  private Call newCall(Request request, CallInfo info, long deadlineNanos) {
    long remaining = 0;
    if (deadlineNanos != NO_DEADLINE) {
      remaining = deadlineNanos - System.nanoTime();
      if (remaining <= 0) {
        throw new TransportException(
            info.vendor(), info.operation(), false, "the call deadline passed before the request was sent", null);
      }
    }
    WatchdogPacer.INSTANCE.beforeCall(); // its timeouts then join Okio's queue without a wake-up
    Call call = runtime.httpClient().newCall(request);
    if (deadlineNanos != NO_DEADLINE && remaining < runtime.config().callDeadline().toNanos()) {
      call.timeout().timeout(remaining, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
    return call;
  }

  /** What {@code request} is: {@code known} if given, else what its tags say (Retrofit's path). */
  private CallInfo info(Request request, @Nullable CallInfo known) {
    return known != null ? known : CallInfo.of(request, runtime.vendor());
  }

  /**
   * Runs {@code request} on the calling thread.
   *
   * @param known what the request is (its template's or the raw request's), or {@code null} to read
   *     it from the request's tags (a request Retrofit built)
   * @param untagged whether {@code request} carries no tags at all
   * @param deadlineNanos a {@link System#nanoTime()} instant bounding the call, or {@link #NO_DEADLINE}
   */
  <T> T execute(Request request, @Nullable CallInfo known, boolean untagged, JavaType type, long deadlineNanos) {
    runtime.ensureOpen();
    CallInfo info = info(request, known);
    Observed observed = Observed.exchange(runtime, info, request);
    if (observed == null) {
      return run(request, info, untagged, type, deadlineNanos, null);
    }
    String[] mdc = observed.enter();
    try {
      T result = run(request, info, untagged, type, deadlineNanos, observed);
      observed.finish(null);
      return result;
    } catch (RuntimeException | Error e) {
      observed.finish(e);
      throw e;
    } finally {
      observed.exit(mdc);
    }
  }

  private <T> T run(
      Request request, CallInfo info, boolean untagged, JavaType type, long deadlineNanos, @Nullable Observed observed) {
    Call call = newCall(request, info, deadlineNanos);
    // OkHttp runs every interceptor of execute() on this thread: the tag (shared deadline,
    // observation, attempts) reaches them through a thread-local for this call, not a call tag,
    // whose KClass key would load Kotlin's reflection (see CallTag)
    CallTag outer = new CallTag(call, info, untagged ? request : null, deadlineNanos, observed).runOn();
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw transport(info, e);
    } finally {
      CallTag.restore(outer);
    }
    if (observed != null) {
      observed.httpStatus = response.code();
    }
    return decode(info, response, type);
  }

  /**
   * Runs {@code request} on OkHttp's dispatcher.
   *
   * @param known what the request is, or {@code null} to read it from the request's tags
   * @param untagged whether {@code request} carries no tags at all
   * @param deadlineNanos a {@link System#nanoTime()} instant bounding the call, or {@link #NO_DEADLINE}
   */
  <T> CompletableFuture<T> executeAsync(
      Request request, @Nullable CallInfo known, boolean untagged, JavaType type, long deadlineNanos) {
    CompletableFuture<T> future = new CompletableFuture<>();
    try {
      runtime.ensureOpen();
    } catch (AmparkException e) {
      future.completeExceptionally(e);
      return future;
    }
    CallInfo info = info(request, known);
    Observed observed = Observed.exchange(runtime, info, request);
    Call call;
    try {
      call = newCall(request, info, deadlineNanos);
    } catch (AmparkException e) {
      future.completeExceptionally(e);
      return observed == null ? future : observed.around(future);
    }
    // the chain runs on a dispatcher thread: the interceptors find the tag on the call (a call
    // tag copies no request)
    new CallTag(call, info, untagged ? request : null, deadlineNanos, observed).attachTo(call);
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            future.completeExceptionally(transport(info, e));
          }

          @Override
          public void onResponse(Call c, Response response) {
            if (observed != null) {
              observed.httpStatus = response.code();
            }
            try {
              future.complete(Exchange.this.<T>decode(info, response, type));
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
          }
        });
    future.whenComplete(
        (v, t) -> {
          if (future.isCancelled()) {
            call.cancel();
          }
        });
    return observed == null ? future : observed.around(future);
  }

  private TransportException transport(CallInfo info, IOException e) {
    if (e instanceof TransportFailure) {
      TransportFailure f = (TransportFailure) e;
      String attempts = f.attempts > 1 ? " after " + f.attempts + " attempts" : "";
      return new TransportException(
          info.vendor(), info.operation(), f.mayHaveReachedVendor, f.getMessage() + attempts, f.getCause());
    }
    return new TransportException(info.vendor(), info.operation(), true, TransportFailure.describe(e), e);
  }

  private <T> T decode(CallInfo info, Response response, JavaType type) {
    try (Response r = response) {
      ResponseBody body = r.body();
      byte[] bytes;
      try {
        bytes = readBounded(info, r, body);
      } catch (IOException e) {
        throw new TransportException(
            info.vendor(), info.operation(), true, "response body incomplete: " + TransportFailure.describe(e), e);
      }
      ResponseContext ctx =
          new ResponseContext(
              info, r.code(), r.headers(), bytes, contentType(r.header("Content-Type")), runtime.spec(),
              runtime.redactor());
      JsonNode data;
      if (r.isSuccessful()) {
        data = runtime.spec().decoder().decode(ctx);
      } else {
        try {
          runtime.spec().decoder().decode(ctx);
        } catch (ApiException e) {
          throw e;
        } catch (ResponseFormatException e) {
          // an HTML error page from a proxy: report the HTTP status
        }
        throw ctx.apiError(null, "HTTP " + r.code() + (r.message().isEmpty() ? "" : " " + r.message()), null);
      }
      return convert(ctx, data, type);
    }
  }

  /**
   * Reads at most {@link io.github.ampark.core.ClientConfig#maxResponseBytes()}; one byte more and
   * the answer is refused without reading further (closing the response drops the connection).
   */
  private byte[] readBounded(CallInfo info, Response r, ResponseBody body) throws IOException {
    long max = runtime.config().maxResponseBytes();
    long declared = body.contentLength();
    if (declared > max) {
      throw tooLarge(info, r, "Content-Length " + declared, max, new byte[0], body);
    }
    okio.BufferedSource source = body.source();
    if (declared >= 0) {
      // the length is known and within the limit: one array of that size, no growing buffer to copy
      // from. A body shorter than declared is incomplete (an IOException, as OkHttp's own check
      // gives); one that goes on past it is read on under the same limit
      byte[] bytes = source.readByteArray(declared);
      if (source.exhausted()) {
        return bytes;
      }
      okio.Buffer more = new okio.Buffer().write(bytes); // a body longer than it said: bounded below
      return readRest(info, r, body, source, more, max);
    }
    return readRest(info, r, body, source, new okio.Buffer(), max);
  }

  private byte[] readRest(
      CallInfo info, Response r, ResponseBody body, okio.BufferedSource source, okio.Buffer buffer, long max)
      throws IOException {
    while (buffer.size() <= max) {
      if (source.read(buffer, 64 * 1024) == -1) {
        return buffer.readByteArray();
      }
    }
    byte[] start = buffer.readByteArray(Math.min(buffer.size(), 2048));
    throw tooLarge(info, r, "still going after " + max + " bytes", max, start, body);
  }

  private ResponseFormatException tooLarge(
      CallInfo info, Response r, String what, long max, byte[] start, ResponseBody body) {
    return new ResponseFormatException(
        info.vendor(),
        info.operation(),
        r.code(),
        "the response body exceeds the limit of " + max + " bytes (ClientConfig.maxResponseBytes; "
            + what + "); the rest was not read",
        runtime.redactor().redactBody(start, body.contentType()),
        null);
  }

  /**
   * The answer's Content-Type, parsed as OkHttp's {@code ResponseBody.contentType()} parses it,
   * but once per distinct header value rather than once per call ({@code MediaType.parse} runs a
   * regex per parameter, and a vendor answers with the same header every time).
   */
  private @Nullable MediaType contentType(@Nullable String header) {
    if (header == null) {
      return null;
    }
    ParsedType last = lastType;
    if (last != null && last.header.equals(header)) {
      return last.type;
    }
    MediaType type = MediaType.parse(header);
    lastType = new ParsedType(header, type);
    return type;
  }

  private static final class ParsedType {
    final String header;
    final @Nullable MediaType type;

    ParsedType(String header, @Nullable MediaType type) {
      this.header = header;
      this.type = type;
    }
  }

  /** One reader per data type: {@code ObjectMapper.readerFor} builds a new one (and its context) per call. */
  private ObjectReader reader(JavaType type) {
    ObjectReader reader = readers.get(type);
    if (reader == null) {
      reader = runtime.mapper().readerFor(type);
      readers.putIfAbsent(type, reader);
    }
    return reader;
  }

  @SuppressWarnings("unchecked")
  private <T> T convert(ResponseContext ctx, JsonNode data, JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == RawResponse.class) {
      return (T)
          new RawResponse(
              ctx.vendor(), ctx.operation(), ctx.httpStatus(), ctx.headers(), ctx.envelope(), data, ctx.mapper());
    }
    if (JsonNode.class.isAssignableFrom(raw)) {
      return (T) data;
    }
    if (raw == Void.class || raw == void.class) {
      return null;
    }
    boolean absent = data == null || data.isNull() || data.isMissingNode();
    if (raw == String.class) {
      return absent ? null : (T) (data.isValueNode() ? data.asText() : data.toString());
    }
    if (absent) {
      throw ctx.formatError("the response carries no data", null);
    }
    DataReader<?> byHand = runtime.spec().reader(type);
    try {
      return byHand != null ? (T) byHand.read(data) : reader(type).readValue(ctx.mapper().treeAsTokens(data));
    } catch (AnswerFields.Mismatch e) {
      throw ctx.formatError("data does not fit " + raw.getSimpleName() + ": " + e.getMessage(), e);
    } catch (IOException | IllegalArgumentException e) {
      throw ctx.formatError("data does not fit " + raw.getSimpleName(), e);
    } catch (AmparkException e) {
      throw ctx.formatError("data does not fit " + raw.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
