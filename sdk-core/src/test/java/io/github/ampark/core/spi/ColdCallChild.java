package io.github.ampark.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.LogLevel;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.testing.AcmeClient;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * The child JVM of {@link ColdCallMakesNoMapperNorKotlinReflectionNorSlf4jTest}: a client built and called
 * the way a vendor module does it (a compiled service method, a signer asking for a tag, a keyed
 * operation, a raw request), in a
 * JVM that has run nothing else. After each step it prints one line: the step, what the call
 * answered, and whether each watched class has been loaded by then.
 *
 * <p>Args: the server's base URL. Needs {@code --add-opens java.base/java.lang=ALL-UNNAMED} (it
 * asks the application class loader {@code findLoadedClass}).
 */
public final class ColdCallChild {
  /** The classes watched, in the order they are reported. */
  static final String[] WATCHED = {
    "kotlin.jvm.internal.ClassReference", "kotlin.jvm.internal.Reflection", "org.slf4j.LoggerFactory",
    "com.fasterxml.jackson.databind.ser.BeanSerializerFactory"
  };

  interface Orders {
    @Idempotent(Idempotency.BY_BUSINESS_KEY)
    @FormUrlEncoded
    @POST("orders/push")
    AmparkCall<JsonNode> push(@FieldMap Map<String, String> fields);

    @Idempotent(Idempotency.SAFE)
    @GET("orders")
    AmparkCall<JsonNode> find(@Query("order_no") String orderNo);
  }

  private ColdCallChild() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    Method findLoaded = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
    findLoaded.setAccessible(true);
    ClassLoader app = ColdCallChild.class.getClassLoader();
    Map<String, String> fields = Collections.singletonMap("order_no", "A1");

    try (ClientRuntime runtime = runtime(base, LogLevel.NONE)) {
      report("built", "-", findLoaded, app);
      Orders orders = runtime.create(Orders.class);
      JsonNode sync = BusinessKeyCalls.keyed(runtime, "push", "A1", orders.push(fields),
          failure -> orders.find("A1").map(answer -> Reconciliation.<JsonNode>unknown("not looked at")),
          IfAbsent.THROW).execute();
      report("sync", sync.path("n").asText(), findLoaded, app);
      RawResponse raw = runtime.execute(RawRequest.post("orders/raw").form(fields).operation("raw").build());
      report("raw", raw.data().path("n").asText(), findLoaded, app);
      JsonNode async = orders.push(fields).executeAsync().get(10, TimeUnit.SECONDS);
      report("async", async.path("n").asText(), findLoaded, app);
    }
    try (ClientRuntime runtime = runtime(base, LogLevel.BASIC)) {
      JsonNode logged = runtime.create(Orders.class).push(fields).execute();
      report("logging", logged.path("n").asText(), findLoaded, app);
      RawResponse tagged = runtime.execute(
          RawRequest.post("orders/raw").form(fields).operation("raw").tag(String.class, "family-c").build());
      report("tagged", tagged.data().path("n").asText(), findLoaded, app);
    }
    // the watch sees a KClass when one is made: what the sync steps would show had they made one
    kotlin.jvm.JvmClassMappingKt.getKotlinClass(String.class);
    report("control", "-", findLoaded, app);
    System.exit(0); // no dispatcher thread keeps the child alive
  }

  private static ClientRuntime runtime(String base, LogLevel level) {
    VendorSpec spec = VendorSpec.builder("acme").defaultBaseUrl(base)
        // asks for a tag, as Bolink's signer does on every request
        .signer(request -> {
          String family = request.tag(String.class);
          request.header("X-Acme-Sign", family == null ? "signed" : "signed-" + family);
        })
        .decoder(AcmeClient.DECODER)
        .build();
    return ClientRuntime.create(
        ClientConfig.builder().retryPolicy(RetryPolicy.none()).logLevel(level).build(), spec);
  }

  private static void report(String step, String answer, Method findLoaded, ClassLoader app) throws Exception {
    StringBuilder line = new StringBuilder("STEP ").append(step).append(" answer=").append(answer);
    for (String name : WATCHED) {
      line.append(' ').append(name).append('=').append(findLoaded.invoke(app, name) != null);
    }
    System.out.println(line);
  }
}
