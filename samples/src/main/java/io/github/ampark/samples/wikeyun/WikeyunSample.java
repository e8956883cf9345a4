package io.github.ampark.samples.wikeyun;

import com.sun.net.httpserver.HttpServer;
import io.github.ampark.core.AmparkException;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import io.github.ampark.wikeyun.WikeyunCallbacks;
import io.github.ampark.wikeyun.WikeyunClient;
import io.github.ampark.wikeyun.WikeyunEnvironment;
import io.github.ampark.wikeyun.WikeyunHandler;
import io.github.ampark.wikeyun.model.AddCardRequest;
import io.github.ampark.wikeyun.model.Card;
import io.github.ampark.wikeyun.model.OrderStatusEvent;
import io.github.ampark.wikeyun.model.PowerOrder;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.PushOrderResult;
import io.github.ampark.wikeyun.model.QueryOrderRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wikeyun (微客云) electricity recharge, end to end: add a recharge card, place an order, receive
 * Wikeyun's callback on an embedded HTTP endpoint, confirm it, and print the outcome.
 *
 * <p>By default it runs against {@link FakeWikeyun}, in process, which completes the order shortly
 * after it is placed and then resends the callback once to show duplicate handling.
 *
 * <p>Against the real gateway (this places a real, paid recharge), set:
 *
 * <ul>
 *   <li>{@code WIKEYUN_APP_KEY}, {@code WIKEYUN_APP_SECRET}, {@code WIKEYUN_STORE_ID} — credentials and store;
 *   <li>{@code WIKEYUN_AMOUNT_YUAN} — the amount to recharge (a multiple of 100), required as a confirmation;
 *   <li>{@code WIKEYUN_CARD_ID} — an existing card, or {@code WIKEYUN_CARD_NUM}, {@code WIKEYUN_PROVINCE},
 *       {@code WIKEYUN_CITY} to add one;
 *   <li>{@code WIKEYUN_NOTIFY_URL} — a public URL forwarded to this machine's {@code WIKEYUN_CALLBACK_PORT}
 *       (default 8080), path {@code /wikeyun/notify};
 *   <li>optionally {@code WIKEYUN_CLIENT_IP} — your server's outward IP, sent as {@code client}.
 * </ul>
 *
 * <pre>{@code
 * mvn -B -q -Psamples -pl samples -am package -Dsamples.main=io.github.ampark.samples.wikeyun.WikeyunSample
 * }</pre>
 */
public final class WikeyunSample {
  static final String PATH = "/wikeyun/notify";

  private WikeyunSample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the flow, narrating to {@code out}; against the real gateway when the environment says so. */
  public static void run(PrintStream out) {
    Map<String, String> env = System.getenv();
    if (env.containsKey("WIKEYUN_APP_KEY") && env.containsKey("WIKEYUN_APP_SECRET") && env.containsKey("WIKEYUN_STORE_ID")) {
      runReal(out, env);
    } else {
      runAgainstFake(out);
    }
  }

  static void runAgainstFake(PrintStream out) {
    out.println("Wikeyun sample against the in-process FakeWikeyun "
        + "(set WIKEYUN_APP_KEY, WIKEYUN_APP_SECRET and WIKEYUN_STORE_ID for the real gateway)");
    try (FakeWikeyun fake = FakeWikeyun.start().completeOrdersAfter(Duration.ofMillis(200));
        WikeyunClient client = WikeyunClient.builder()
            .credentials(FakeWikeyun.APP_KEY, FakeWikeyun.APP_SECRET)
            .storeId(FakeWikeyun.STORE_ID)
            .clientIp("127.0.0.1")
            .baseUrl(fake.url())
            .build();
        Receiver receiver = new Receiver(client, new InetSocketAddress("127.0.0.1", 0), out)) {
      String notifyUrl = "http://127.0.0.1:" + receiver.port() + PATH;
      Card card = client.power().addCard(
          AddCardRequest.builder().cardNum("0123456789").province("江苏省").city("南京市").build());
      out.println("1. Added card " + card.id() + " (" + card.cardNum() + ", " + text(card.province()) + text(card.city()) + ")");
      String orderNo = recharge(out, client, card.id(), 100, notifyUrl, receiver);

      fake.resendCallback(orderNo).ifPresent(d -> out.println(
          "5. Wikeyun resent the callback: answered '" + d.answers().get(d.answers().size() - 1) + "', handled "
              + (receiver.handled() == 1 ? "once" : receiver.handled() + " times")));
    }
  }

  static void runReal(PrintStream out, Map<String, String> env) {
    String amount = env.get("WIKEYUN_AMOUNT_YUAN");
    String notifyUrl = env.get("WIKEYUN_NOTIFY_URL");
    if (amount == null || notifyUrl == null) {
      out.println("Wikeyun sample: set WIKEYUN_AMOUNT_YUAN and WIKEYUN_NOTIFY_URL to place a real recharge; nothing sent.");
      return;
    }
    int port = Integer.parseInt(env.getOrDefault("WIKEYUN_CALLBACK_PORT", "8080"));
    out.println("Wikeyun sample against " + WikeyunEnvironment.PRODUCTION.baseUrl() + " (a real recharge of "
        + amount + " yuan)");
    WikeyunClient.Builder builder = WikeyunClient.builder()
        .credentials(env.get("WIKEYUN_APP_KEY"), env.get("WIKEYUN_APP_SECRET"))
        .storeId(env.get("WIKEYUN_STORE_ID"))
        .environment(WikeyunEnvironment.PRODUCTION);
    if (env.containsKey("WIKEYUN_CLIENT_IP")) {
      builder.clientIp(env.get("WIKEYUN_CLIENT_IP"));
    }
    try (WikeyunClient client = builder.build();
        Receiver receiver = new Receiver(client, new InetSocketAddress(port), out)) {
      long cardId;
      if (env.containsKey("WIKEYUN_CARD_ID")) {
        cardId = Long.parseLong(env.get("WIKEYUN_CARD_ID"));
        out.println("1. Using card " + cardId);
      } else {
        Card card = client.power().addCard(AddCardRequest.builder().cardNum(env.get("WIKEYUN_CARD_NUM"))
            .province(env.get("WIKEYUN_PROVINCE")).city(env.get("WIKEYUN_CITY")).build());
        cardId = card.id();
        out.println("1. Added card " + cardId + " (" + card.cardNum() + ")");
      }
      recharge(out, client, cardId, Long.parseLong(amount), notifyUrl, receiver);
    } catch (AmparkException e) {
      out.println("Wikeyun sample failed: " + e.getMessage());
    }
  }

  /** Places the order, waits for the confirmed callback (or polls), prints the outcome; returns the order number. */
  static String recharge(PrintStream out, WikeyunClient client, long cardId, long amountYuan, String notifyUrl,
      Receiver receiver) {
    String orderNo = "AMP" + System.currentTimeMillis();
    PushOrderResult placed;
    try {
      placed = client.power().pushOrder(PushOrderRequest.builder()
          .cardId(cardId).orderNo(orderNo).amountYuan(amountYuan).notifyUrl(notifyUrl).build());
    } catch (OutcomeUnknownException e) {
      // the order may or may not be placed: never place it again under a new number; ask later
      out.println("2. Order " + orderNo + " may have been placed (" + e.reconciliation() + "); query it later");
      return orderNo;
    }
    out.println("2. Placed order " + orderNo + " for " + amountYuan + " yuan: platform order " + placed.orderNumber());

    PowerOrder order;
    try {
      OrderStatusEvent event = receiver.finalEvent().get(2, TimeUnit.MINUTES);
      out.println("3. Callback received and confirmed with a signed query: " + event.orderNo() + " is " + event.status());
      order = event.order();
    } catch (TimeoutException e) {
      order = client.power().queryOrder(QueryOrderRequest.byOrderNo(orderNo));
      out.println("3. No final callback yet; queried the order: " + order.status());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the callback", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }

    if (order.status().isSuccess()) {
      out.println("4. Outcome: recharged " + yuan(order.arrivedYuan()) + " yuan (cost "
          + yuan(order.costPriceYuan()) + " yuan, rebate " + yuan(order.rebateYuan()) + " yuan)");
    } else if (order.status().isFailure()) {
      out.println("4. Outcome: the recharge failed (" + (order.failureReason() != null ? order.failureReason() : "no reason given")
          + "); refund your customer");
    } else {
      out.println("4. Outcome: still " + order.status() + "; the callback will tell when it settles");
    }
    return orderNo;
  }

  private static String yuan(@io.github.ampark.core.Nullable java.math.BigDecimal amount) {
    return amount != null ? amount.toPlainString() : "?";
  }

  private static String text(@io.github.ampark.core.Nullable String value) {
    return value != null ? value : "";
  }

  /** An embedded HTTP endpoint that hands Wikeyun's callbacks to {@link WikeyunCallbacks} and writes its reply. */
  static final class Receiver implements AutoCloseable {
    private final HttpServer server;
    private final CompletableFuture<OrderStatusEvent> finalEvent = new CompletableFuture<>();
    private final AtomicInteger handled = new AtomicInteger();

    Receiver(WikeyunClient client, InetSocketAddress address, PrintStream out) {
      WikeyunCallbacks callbacks = WikeyunCallbacks.of(client);
      try {
        server = HttpServer.create(address, 0);
      } catch (IOException e) {
        throw new UncheckedIOException("could not open the callback endpoint", e);
      }
      WikeyunHandler handler = WikeyunHandler.onOrderStatus(event -> {
        handled.incrementAndGet();
        if (event.status().isFinal()) {
          finalEvent.complete(event);
        } else {
          out.println("   (callback: " + event.orderNo() + " is " + event.status() + ")");
        }
      });
      server.createContext(PATH, exchange -> callbacks.handle(CallbackRequest.from(exchange), handler).writeTo(exchange));
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }

    CompletableFuture<OrderStatusEvent> finalEvent() {
      return finalEvent;
    }

    int handled() {
      return handled.get();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
