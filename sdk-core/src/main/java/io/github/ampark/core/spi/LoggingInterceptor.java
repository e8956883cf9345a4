package io.github.ampark.core.spi;

import io.github.ampark.core.Checks;
import io.github.ampark.core.LogLevel;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * Logs each attempt through SLF4J at the configured level, redacted. Every line starts with the
 * vendor and the operation ({@code wikeyun queryOrder --> POST …}); the answer's line ends with the
 * vendor's request id when a response header carries one ({@code request-id=…}).
 */
final class LoggingInterceptor implements Interceptor {
  private static final long MAX_BODY = 64 * 1024;

  private final LazyLogger lazy;
  private final LogLevel level;
  private final Redactor redactor;
  private static final String[] REQUEST_ID_HEADERS = {"X-Request-Id", "Request-Id", "X-Trace-Id", "Trace-Id"};

  LoggingInterceptor(LazyLogger log, LogLevel level, Redactor redactor) {
    this.lazy = log;
    this.level = level;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == LogLevel.NONE) {
      return chain.proceed(request);
    }
    Logger log = lazy.get();
    if (!log.isInfoEnabled()) {
      return chain.proceed(request);
    }
    CallTag tag = CallTag.find(chain.call());
    String attempt = tag == null || tag.attempt == 0 ? "" : " (attempt " + tag.attempt + "/" + tag.maxAttempts + ")";
    CallInfo info = CallInfo.of(tag, request, lazy.name().substring(lazy.name().lastIndexOf('.') + 1));
    String who = info.vendor() + " " + info.operation() + " ";
    StringBuilder out = new StringBuilder(who).append("--> ").append(request.method()).append(' ')
        .append(redactor.redactUrl(request.url())).append(attempt);
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      out.append('\n').append(redactor.redactHeaders(request.headers()));
    }
    RequestBody body = request.body();
    if (level == LogLevel.BODY && body != null) {
      byte[] bytes;
      if (body instanceof BytesBody) {
        bytes = ((BytesBody) body).bytes;
      } else if (!body.isOneShot()) {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        bytes = buffer.readByteArray();
      } else {
        bytes = null;
      }
      out.append('\n').append(bytes == null ? "(one-shot body)" : redactor.redactBody(bytes, body.contentType()));
    }
    log.info(out.toString());

    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log.info("{}<-- FAILED {} {}{}: {}", who, request.method(), redactor.redactUrl(request.url()), attempt,
          TransportFailure.describe(e));
      throw e;
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    StringBuilder in = new StringBuilder(who).append("<-- ").append(response.code());
    if (!response.message().isEmpty()) {
      in.append(' ').append(response.message());
    }
    in.append(' ').append(redactor.redactUrl(response.request().url())).append(" (").append(ms).append(" ms)");
    for (String header : REQUEST_ID_HEADERS) {
      String id = response.header(header);
      if (id != null && !id.isEmpty()) {
        in.append(" request-id=").append(Checks.echo(id));
        break;
      }
    }
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      in.append('\n').append(redactor.redactHeaders(response.headers()));
    }
    if (level == LogLevel.BODY) {
      ResponseBody peek = response.peekBody(MAX_BODY);
      in.append('\n').append(redactor.redactBody(peek.bytes(), peek.contentType()));
    }
    log.info(in.toString());
    return response;
  }
}
