package io.github.ampark.bench.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.ampark.bench.contenders.AmparkContenders;
import io.github.ampark.bench.contenders.Fixtures;
import io.github.ampark.core.Secret;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.fourpyun.FourPyunSigner;
import io.github.ampark.fourpyun.internal.Requests;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.VipRenewal;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What one S3 4pyun batch costs the thread that sends it, apart from the network: turning 500
 * renewals into the request body (Ampark's own row mapping and serialisation, through the mapper
 * and converter path the client uses), the signing interceptor's copy of it, and signing it. Thread CPU time and allocated bytes of this
 * thread only, so the numbers hardly depend on machine load; generating the records is measured
 * apart. Printed for the first batch (cold), batches 2–10, 11–200 (what S3's 200 batches see) and
 * the rest (warm).
 *
 * <p>Args: {@code batches} (default 3000). Run in a fresh JVM: {@code java -cp benchmarks.jar
 * io.github.ampark.bench.harness.S3BatchCost 3000}.
 */
public final class S3BatchCost {
  private S3BatchCost() {}

  public static void main(String[] args) throws Exception {
    com.sun.management.ThreadMXBean tm = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int batches = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    ObjectMapper mapper = AmparkJson.newMapper();
    FourPyunSigner signer = FourPyunSigner.of(Secret.of("appSecret", Fixtures.PP_SECRET));
    Requests requests = new Requests(Fixtures.PP_PARK, null, null, Clock.systemUTC(), () -> mapper, signer);
    Method body = Requests.class.getMethod("vipRenewals", SyncBatch.class);
    // what Retrofit's Jackson converter does with the service method's @Body, when it is not a
    // RequestBody already (Requests serialises it itself since perf-batch)
    ObjectWriter writer = mapper.writerFor(mapper.getTypeFactory().constructType(
        io.github.ampark.fourpyun.internal.FourPyunService.class.getMethod("syncVipRenewals", body.getReturnType())
            .getGenericParameterTypes()[0]));
    okhttp3.MediaType json = okhttp3.MediaType.get("application/json; charset=UTF-8");
    int[] marks = {1, 10, 200, batches};
    long cpu0 = tm.getCurrentThreadCpuTime();
    long alloc0 = tm.getCurrentThreadAllocatedBytes();
    long genCpu = 0;
    long genAlloc = 0;
    int from = 0;
    String sign = null;
    for (int b = 1; b <= batches; b++) {
      long g0 = tm.getCurrentThreadCpuTime();
      long ga = tm.getCurrentThreadAllocatedBytes();
      List<VipRenewal> rows = new ArrayList<>(500);
      for (int i = 0; i < 500; i++) {
        rows.add(AmparkContenders.FourPyun.renewal("PP" + ((long) b * 500 + i)));
      }
      genCpu += tm.getCurrentThreadCpuTime() - g0;
      genAlloc += tm.getCurrentThreadAllocatedBytes() - ga;
      SyncBatch<VipRenewal> batch = SyncBatch.<VipRenewal>builder().complete(b == 1).addAllRows(rows).build();
      Object converted = body.invoke(requests, batch);
      okhttp3.RequestBody request = converted instanceof okhttp3.RequestBody ? (okhttp3.RequestBody) converted
          : okhttp3.RequestBody.create(writer.writeValueAsBytes(converted), json);
      // what the signing interceptor does with a body that is not its own: the bytes it signs and sends
      okio.Buffer buffer = new okio.Buffer();
      request.writeTo(buffer);
      byte[] bytes = buffer.readByteArray();
      sign = signer.jsonSign(bytes);
      for (int mark : marks) {
        if (mark == b) {
          long cpu1 = tm.getCurrentThreadCpuTime();
          long alloc1 = tm.getCurrentThreadAllocatedBytes();
          int n = b - from;
          System.out.printf("batches %d..%d: body+sign %.3f ms CPU and %.0f KB per batch (generating the 500 records:"
                  + " %.3f ms, %.0f KB); body %d bytes%n", from + 1, b, (cpu1 - cpu0 - genCpu) / 1e6 / n,
              (alloc1 - alloc0 - genAlloc) / 1024.0 / n, genCpu / 1e6 / n, genAlloc / 1024.0 / n, bytes.length);
          cpu0 = cpu1;
          alloc0 = alloc1;
          genCpu = 0;
          genAlloc = 0;
          from = b;
        }
      }
    }
    System.out.println("signature of the last batch (same bytes, same signature across versions): " + sign);
  }
}
