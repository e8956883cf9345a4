package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.yinli.model.MallInfoQuery;
import io.github.ampark.yinli.model.MeterInfo;
import io.github.ampark.yinli.model.MeterInfoQuery;
import org.junit.jupiter.api.Test;

/**
 * The client reads its answers with the module's hand-written readers (internal {@code Readers}),
 * not Jackson's bean binding: where the two differ on purpose (a list answer that is blank text or
 * holds {@code null}, which Jackson returns as {@code null} or keeps), the call is a {@link
 * ResponseFormatException} naming the data, never a {@code null} result or a list holding one.
 */
class AnswersReadByHandTest extends WireTest {
  private static String answer(String data) {
    return "{\"code\":\"200\",\"msg\":\"success\",\"success\":true,\"data\":" + data + "}";
  }

  private MeterInfoQuery meters() {
    return MeterInfoQuery.builder().mallCode("MALL-001").addDeviceActualCodes("DB-1").build();
  }

  @Test
  void aListAnswerOfBlankTextIsAFormatErrorNotANullList() {
    server.enqueue(envelope(answer("\" \"")));
    assertThatThrownBy(() -> client.assets().mallInfo(MallInfoQuery.builder().mallCode("MALL-001").build()))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("data does not fit List: 'data' is blank text, not a list");
  }

  @Test
  void aListAnswerHoldingNullIsAFormatErrorNotAListHoldingNull() {
    server.enqueue(envelope(answer("[{\"contNo\":\"C-1\"},null]")));
    assertThatThrownBy(() -> client.assets().meterInfo(meters()))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("'data' is not an object");
  }

  @Test
  void aSingleObjectWhereAListIsExpectedIsOneElement() {
    server.enqueue(envelope(answer("{\"contNo\":\"C-1\",\"mallCode\":7}")));
    assertThat(client.assets().meterInfo(meters()))
        .containsExactly(MeterInfo.builder().contractNo("C-1").mallCode("7").build());
  }
}
