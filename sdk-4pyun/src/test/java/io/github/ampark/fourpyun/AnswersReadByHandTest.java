package io.github.ampark.fourpyun;

import static io.github.ampark.fourpyun.WireSupport.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.spi.AnswerFields;
import io.github.ampark.fourpyun.model.PayType;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.PreEnterDecision;
import io.github.ampark.fourpyun.model.PreEnterRequest;
import io.github.ampark.fourpyun.model.PrepayOutcome;
import io.github.ampark.fourpyun.model.PrepayRequest;
import io.github.ampark.fourpyun.model.PrepayResult;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.VipRenewal;
import io.github.ampark.fourpyun.model.VipType;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client reads P云's answers with the module's hand-written readers: an answer that does not
 * fit is a {@link ResponseFormatException} naming the field (Jackson's binding named none), and
 * what fits reads as before.
 */
class AnswersReadByHandTest {
  MockWebServer server;
  FourPyunClient client;

  @BeforeEach
  void start() throws Exception {
    server = WireSupport.start();
    client = WireSupport.client(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void aPaymentStatusWithoutItsStatusIsAFormatErrorNamingStatus() {
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"s1\",\"pay_partner\":\"P1\"}"));
    assertThatThrownBy(() -> client.payments().paymentStatus("P1"))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> {
          assertThat(e.getMessage()).contains("data does not fit PaymentStatusResult: 'status' is missing");
          assertThat(e.getCause()).isInstanceOfSatisfying(AnswerFields.Mismatch.class,
              m -> assertThat(m.field()).isEqualTo("status"));
        });
  }

  @Test
  void aPayValueWithAFractionSentAsTextIsAFormatErrorNamingPayValue() {
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"s1\",\"status\":\"1\",\"pay_partner\":\"P1\",\"pay_value\":\"10.5\"}"));
    assertThatThrownBy(() -> client.payments().paymentStatus("P1"))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("data does not fit PaymentStatusResult: 'pay_value' is not a whole number");
  }

  @Test
  void aPreEnterStatusThatIsAnObjectIsAFormatErrorNamingStatus() {
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"s1\",\"status\":{\"v\":1}}"));
    assertThatThrownBy(() -> client.parking().preEnter(preEnter()))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("data does not fit PreEnterResult: 'status' is not text");
  }

  @Test
  void aPreEnterAnswerWithNumbersForCodesReadsTheirText() {
    server.enqueue(envelope("{\"code\":1001,\"seqno\":\"s1\",\"status\":1,\"status_desc\":\"欢迎\",\"charge_type\":3}"));
    assertThat(client.parking().preEnter(preEnter())).satisfies(r -> {
      assertThat(r.found()).isTrue();
      assertThat(r.decision()).isEqualTo(PreEnterDecision.fromCode("1"));
      assertThat(r.statusDesc()).isEqualTo("欢迎");
      assertThat(r.chargeType()).isEqualTo("3");
    });
  }

  @Test
  void aReceiptWhoseSeqnoIsAnObjectIsAFormatErrorNamingSeqno() {
    server.enqueue(envelope("{\"code\":\"1001\",\"message\":\"OK\",\"seqno\":{\"id\":1}}"));
    assertThatThrownBy(() -> client.syncs().sendVipRenewals(SyncBatch.of(Collections.singletonList(renewal()))))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("data does not fit Receipt: 'seqno' is not text");
  }

  @Test
  void aReceiptReadsCodeMessageAndSeqno() {
    server.enqueue(envelope("{\"code\":\"1001\",\"message\":\"OK\",\"seqno\":\"abc6c253b93cc940\",\"data_node\":\"CN\"}"));
    Receipt r = client.syncs().sendVipRenewals(SyncBatch.of(Collections.singletonList(renewal())));
    assertThat(r).isEqualTo(Receipt.builder().code("1001").message("OK").seqno("abc6c253b93cc940").build());
  }

  @Test
  void aChargeAnswerKeepsReadingBlankAndNonScalarTextAsAbsent() {
    server.enqueue(envelope("{\"code\":\"1000\",\"message\":\" \",\"seqno\":\"s1\",\"pay_id\":{\"x\":1},\"pay_serial\":[\"a\"]}"));
    PrepayResult r = client.payments().prepay(PrepayRequest.builder().plate("京A00001")
        .enterTime(Instant.parse("2024-06-01T08:00:00Z")).parkingSerial("111112").payPartner("P-1")
        .totalValueFen(1000).freeValueFen(0).payValueFen(1000).parkingTime(Duration.ofMinutes(33)).build());
    assertThat(r.outcome()).isEqualTo(PrepayOutcome.ACCEPTED);
    assertThat(r.code()).isEqualTo("1000");
    assertThat(r.message()).isNull();
    assertThat(r.payId()).isNull();
    assertThat(r.paySerial()).isNull();
    assertThat(r.seqno()).isEqualTo("s1");
  }

  private static PreEnterRequest preEnter() {
    return PreEnterRequest.builder().plate("粤B1").plateColor(PlateColor.BLUE).gateTime(Instant.parse("2024-06-01T08:00:00Z"))
        .gateId("1").gateName("A").build();
  }

  private static VipRenewal renewal() {
    return VipRenewal.builder().plate("粤X1").plateColor(PlateColor.BLUE).chargeType("101").vipType(VipType.MONTHLY)
        .quantity(1).payPartner("P1").payType(PayType.CASH).build();
  }
}
