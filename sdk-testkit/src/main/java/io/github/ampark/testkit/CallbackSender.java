package io.github.ampark.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Delivers a vendor callback to your endpoint the way vendors do: POST, read the answer, and send
 * again until it is the expected acknowledgement or the attempts run out.
 *
 * <pre>{@code
 * Delivery d = fake.callbacks().to(notifyUrl).json(body).expect("success"::equals).maxAttempts(5).send();
 * assertThat(d.acknowledged()).isTrue();
 * assertThat(d.attempts()).isEqualTo(1);
 * }</pre>
 */
public final class CallbackSender implements AutoCloseable {
  private final OkHttpClient http =
      new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).retryOnConnectionFailure(false).build();
  private final ExecutorService executor =
      Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ampark-fake-callbacks");
        t.setDaemon(true);
        return t;
      });

  CallbackSender() {}

  /**
   * A delivery to configure and send.
   *
   * @param url the receiver's URL
   * @return a delivery to configure and send
   */
  public DeliveryBuilder to(String url) {
    return new DeliveryBuilder(url);
  }

  @Override
  public void close() {
    executor.shutdownNow();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** One callback to deliver. */
  public final class DeliveryBuilder {
    private final String url;
    private byte[] body = new byte[0];
    private String contentType = "application/json;charset=UTF-8";
    private Predicate<String> acknowledged = s -> true;
    private int maxAttempts = 1;
    private Duration interval = Duration.ofMillis(100);

    private DeliveryBuilder(String url) {
      this.url = url;
    }

    /**
     * Sets a JSON body, sent as UTF-8 with {@code application/json;charset=UTF-8} (the default
     * content type); replaces any earlier body.
     *
     * @param json JSON body
     * @return this
     */
    public DeliveryBuilder json(String json) {
      return body(json.getBytes(StandardCharsets.UTF_8), "application/json;charset=UTF-8");
    }

    /**
     * Sets an already encoded {@code application/x-www-form-urlencoded} body; replaces any earlier
     * body.
     *
     * @param form already encoded form body
     * @return this
     */
    public DeliveryBuilder form(String form) {
      return body(form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded;charset=UTF-8");
    }

    /**
     * Sets the exact body bytes and their content type (replaces any {@code json} or {@code form}
     * body).
     *
     * @param bytes body
     * @param type content type
     * @return this
     */
    public DeliveryBuilder body(byte[] bytes, String type) {
      this.body = bytes.clone();
      this.contentType = type;
      return this;
    }

    /**
     * Sets the test that decides whether the receiver's answer body acknowledges the delivery (the
     * vendor's success reply); an answer that fails it, or a non-2xx status, is an attempt to
     * repeat. Default: any 2xx answer acknowledges.
     *
     * @param ack accepts the receiver's answer body as an acknowledgement
     * @return this
     */
    public DeliveryBuilder expect(Predicate<String> ack) {
      this.acknowledged = ack;
      return this;
    }

    /**
     * Sets how many times the callback is POSTed at most until it is acknowledged (Wikeyun itself
     * tries 5 times). Default 1.
     *
     * @param attempts how many times to try at most (vendors: 5 for Wikeyun)
     * @return this
     */
    public DeliveryBuilder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Sets the wait between two attempts. Default 100 ms.
     *
     * @param interval wait between attempts
     * @return this
     */
    public DeliveryBuilder interval(Duration interval) {
      this.interval = interval;
      return this;
    }

    /**
     * Delivers now, on this thread: POSTs until acknowledged or the attempts run out.
     *
     * @return what happened: acknowledged or not, attempts, statuses and answers
     */
    public Delivery send() {
      List<String> answers = new ArrayList<>();
      List<Integer> statuses = new ArrayList<>();
      for (int attempt = 1; attempt <= maxAttempts; attempt++) {
        Request request = new Request.Builder().url(url)
            .post(RequestBody.create(body, MediaType.get(contentType))).build();
        try (Response response = http.newCall(request).execute()) {
          String answer = response.body().string();
          answers.add(answer);
          statuses.add(response.code());
          if (response.isSuccessful() && acknowledged.test(answer)) {
            return new Delivery(true, attempt, statuses, answers);
          }
        } catch (IOException e) {
          answers.add("(" + e.getClass().getSimpleName() + ")");
          statuses.add(-1);
        }
        if (attempt < maxAttempts) {
          try {
            Thread.sleep(interval.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
      return new Delivery(false, answers.size(), statuses, answers);
    }

    /**
     * Delivers on a background thread.
     *
     * @return a future of what happened, completed when the delivery ends
     */
    public CompletableFuture<Delivery> sendAsync() {
      return CompletableFuture.supplyAsync(this::send, executor);
    }
  }

  /** The outcome of a delivery. */
  public static final class Delivery {
    private final boolean acknowledged;
    private final int attempts;
    private final List<Integer> statuses;
    private final List<String> answers;

    Delivery(boolean acknowledged, int attempts, List<Integer> statuses, List<String> answers) {
      this.acknowledged = acknowledged;
      this.attempts = attempts;
      this.statuses = Collections.unmodifiableList(statuses);
      this.answers = Collections.unmodifiableList(answers);
    }

    /**
     * Whether the receiver acknowledged it.
     *
     * @return whether the receiver acknowledged it
     */
    public boolean acknowledged() {
      return acknowledged;
    }

    /**
     * How many POSTs were made.
     *
     * @return how many POSTs were made
     */
    public int attempts() {
      return attempts;
    }

    /**
     * HTTP status of each attempt (-1 for an I/O failure).
     *
     * @return HTTP status of each attempt (-1 for an I/O failure)
     */
    public List<Integer> statuses() {
      return statuses;
    }

    /**
     * The receiver's answer body to each attempt.
     *
     * @return the receiver's answer body to each attempt
     */
    public List<String> answers() {
      return answers;
    }

    @Override
    public String toString() {
      return "Delivery{acknowledged=" + acknowledged + ", attempts=" + attempts + ", answers=" + answers + "}";
    }
  }
}
