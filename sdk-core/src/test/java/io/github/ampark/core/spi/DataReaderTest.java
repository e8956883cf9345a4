package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.baseUrl;
import static io.github.ampark.core.testing.AcmeServer.ok;
import static io.github.ampark.core.testing.AcmeServer.startServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.AcmeOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.http.GET;

/**
 * A result type with a registered {@link DataReader} is read by it, not bound by Jackson; what it
 * refuses is a {@link ResponseFormatException} naming the field; types without one are bound as before.
 */
class DataReaderTest {
  interface Orders {
    @Idempotent(Idempotency.SAFE)
    @GET("v1/order")
    AmparkCall<AcmeOrder> order();

    @Idempotent(Idempotency.SAFE)
    @GET("v1/orders")
    AmparkCall<List<AcmeOrder>> orders();

    @Idempotent(Idempotency.SAFE)
    @GET("v1/order")
    AmparkCall<String> status();
  }

  MockWebServer server;
  ClientRuntime runtime;
  Orders orders;
  final AtomicInteger reads = new AtomicInteger();

  static AcmeOrder read(com.fasterxml.jackson.databind.JsonNode data) {
    return AcmeOrder.builder()
        .orderNo(AnswerFields.required("order_no", AnswerFields.text(data, "order_no")))
        .amountFen(AnswerFields.required("amount_fen", AnswerFields.wholeNumber(data, "amount_fen")))
        .status("read by hand")
        .build();
  }

  @BeforeEach
  void start() throws Exception {
    server = startServer();
    VendorSpec spec = VendorSpec.builder("acme").defaultBaseUrl(baseUrl(server)).decoder(AcmeClient.DECODER)
        .reader(AcmeOrder.class, data -> {
          reads.incrementAndGet();
          return read(data);
        })
        .reader(new TypeReference<List<AcmeOrder>>() {}, data -> {
          List<AcmeOrder> out = new ArrayList<>();
          data.forEach(d -> out.add(read(d)));
          return out;
        })
        .build();
    runtime = ClientRuntime.create(ClientConfig.builder().retryPolicy(RetryPolicy.none()).build(), spec);
    orders = runtime.create(Orders.class);
  }

  @AfterEach
  void stop() {
    runtime.close();
    server.close();
  }

  @Test
  void aRegisteredReaderReadsTheDataInsteadOfJackson() {
    server.enqueue(ok("{\"order_no\":\"T1\",\"amount_fen\":\"250\",\"status\":\"PAID\"}"));
    AcmeOrder order = orders.order().execute();
    assertThat(order.orderNo()).isEqualTo("T1");
    assertThat(order.amountFen()).isEqualTo(250);
    assertThat(order.status()).isEqualTo("read by hand");
    assertThat(reads).hasValue(1);
  }

  @Test
  void aReaderForAGenericTypeIsFoundByItsTypeArguments() {
    server.enqueue(ok("[{\"order_no\":\"T1\",\"amount_fen\":1},{\"order_no\":\"T2\",\"amount_fen\":2}]"));
    assertThat(orders.orders().execute()).extracting(AcmeOrder::orderNo, AcmeOrder::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("T1", "read by hand"),
            org.assertj.core.groups.Tuple.tuple("T2", "read by hand"));
  }

  @Test
  void whatAReaderRefusesIsAResponseFormatExceptionNamingTheField() {
    server.enqueue(ok("{\"order_no\":\"T1\",\"amount_fen\":\"2.5 yuan\"}"));
    assertThatThrownBy(() -> orders.order().execute())
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> {
          assertThat(e.getMessage()).contains("data does not fit AcmeOrder: 'amount_fen' is not a whole number");
          assertThat(e.getCause()).isInstanceOf(AnswerFields.Mismatch.class);
          assertThat(e.body()).contains("2.5 yuan");
        });
  }

  @Test
  void aSpecDerivedWithToBuilderKeepsItsReaders() {
    runtime.close();
    runtime = ClientRuntime.create(ClientConfig.builder().retryPolicy(RetryPolicy.none()).build(),
        runtime.spec().toBuilder().defaultBaseUrl(baseUrl(server)).build());
    orders = runtime.create(Orders.class);
    server.enqueue(ok("{\"order_no\":\"T1\",\"amount_fen\":1}"));
    assertThat(orders.order().execute().status()).isEqualTo("read by hand");
    assertThat(reads).hasValue(1);
  }

  @Test
  void aTypeWithoutAReaderIsReadAsBefore() {
    server.enqueue(ok("{\"order_no\":\"T1\",\"amount_fen\":1}"));
    assertThat(orders.status().execute()).isEqualTo("{\"order_no\":\"T1\",\"amount_fen\":1}");
    assertThat(reads).hasValue(0);
  }
}
