package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.Idempotency;
import java.lang.reflect.Method;
import java.util.Collections;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import retrofit2.Invocation;
import retrofit2.http.GET;

class CallInfoTest {
  interface Service {
    @Idempotent(Idempotency.SAFE)
    @GET("orders")
    AmparkCall<String> orders();
  }

  private static Request call(Method m) {
    return new Request.Builder().url("http://127.0.0.1/orders")
        .tag(Invocation.class, Invocation.of(m, Collections.emptyList())).build();
  }

  @Test
  void aRetrofitMethodIsResolvedOnceNotPerAttempt() throws Exception {
    Method m = Service.class.getMethod("orders");
    CallInfo first = CallInfo.of(call(m), "acme");
    CallInfo second = CallInfo.of(call(m), "acme");
    assertThat(second).isSameAs(first);
    assertThat(first.operation()).isEqualTo("orders");
    assertThat(first.idempotency()).isEqualTo(Idempotency.SAFE);
    assertThat(first.annotation(GET.class).value()).isEqualTo("orders");
    assertThat(first.annotation(Deprecated.class)).isNull();
  }

  @Test
  void anotherVendorNameOnTheSameMethodIsNotServedTheFirstVendorsInfo() throws Exception {
    Method m = Service.class.getMethod("orders");
    assertThat(CallInfo.of(call(m), "acme").vendor()).isEqualTo("acme");
    assertThat(CallInfo.of(call(m), "other").vendor()).isEqualTo("other");
  }
}
