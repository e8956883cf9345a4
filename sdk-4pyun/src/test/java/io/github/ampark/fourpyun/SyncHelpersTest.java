package io.github.ampark.fourpyun;

import static io.github.ampark.fourpyun.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.batch.BatchException;
import io.github.ampark.core.batch.BatchJob;
import io.github.ampark.core.batch.BatchReport;
import io.github.ampark.core.testing.UntilParked;
import io.github.ampark.fourpyun.model.PayType;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.SyncMode;
import io.github.ampark.fourpyun.model.VipRenewal;
import io.github.ampark.fourpyun.model.VipType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * What the 4pyun sync helpers add to core's {@link BatchJob}: {@code complete=1} on the first batch
 * of a full sync only (alone, confirmed before any other), the refusal of an empty full sync, and
 * reports that resume only their own mode. The engine's own behaviour is specified in sdk-core's
 * {@code io.github.ampark.core.batch} tests. Everything here goes over the wire to a MockWebServer.
 */
class SyncHelpersTest extends WireTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static VipRenewal renewal(int i) {
    return VipRenewal.builder().plate("粤X" + (10000 + i)).plateColor(PlateColor.BLUE).chargeType("101")
        .vipType(VipType.MONTHLY).quantity(1).payPartner("PP" + i).payType(PayType.CASH).build();
  }

  static List<VipRenewal> renewals(int n) {
    return IntStream.range(0, n).mapToObj(SyncHelpersTest::renewal).collect(Collectors.toList());
  }

  /** The complete flag and row count of every request, in arrival order. */
  final List<String> seen = Collections.synchronizedList(new ArrayList<>());

  void answerEverything(int failingRequest) {
    AtomicInteger n = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        record(r);
        return n.incrementAndGet() == failingRequest
            ? envelope("{\"code\":\"500\",\"message\":\"服务器内部错误\",\"seqno\":\"s\"}") : ok1001();
      }
    });
  }

  void record(RecordedRequest r) {
    try {
      JsonNode body = JSON.readTree(body(r));
      seen.add(body.path("complete").asText() + "x" + body.path("row").size());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aFullSyncSendsCompleteOneOnItsFirstBatchOnly() {
    answerEverything(-1);
    BatchReport report = client.syncs().vipRenewals(SyncMode.FULL).batchSize(10).build().run(renewals(25));
    assertThat(seen.get(0)).isEqualTo("1x10"); // alone, before any other (the rest may arrive in any order)
    assertThat(seen.subList(1, seen.size())).containsExactlyInAnyOrder("0x10", "0x5");
    assertThat(report.completed()).isTrue();
    assertThat(report.exclusiveBatchConfirmed()).isTrue();
    assertThat(report.exclusiveFirstBatch()).isEqualTo("complete=1");
    assertThat(report.vendor()).isEqualTo("4pyun");
    assertThat(report.operation()).isEqualTo("syncVipRenewals");
  }

  @Test
  void anIncrementalSyncNeverSendsCompleteOne() {
    answerEverything(-1);
    client.syncs().vipRenewals(SyncMode.INCREMENTAL).batchSize(10).parallelism(3).build().run(renewals(25));
    assertThat(seen).hasSize(3).allMatch(s -> s.startsWith("0x"));
  }

  @Test
  void theDefaultBatchIsFiveHundredRecords() {
    assertThat(client.syncs().vips(SyncMode.INCREMENTAL).build().batchSize()).isEqualTo(FourPyunSyncs.DEFAULT_BATCH_SIZE);
    assertThat(FourPyunSyncs.DEFAULT_BATCH_SIZE).isEqualTo(500);
  }

  @Test
  void aFullSyncOfNothingIsRefusedBecauseItWouldDeleteEverything() {
    answerEverything(-1);
    assertThatThrownBy(() -> client.syncs().blacklist(SyncMode.FULL).build().run(Collections.emptyList()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("records"));
    assertThat(server.getRequestCount()).isZero();
    assertThat(client.syncs().blacklist(SyncMode.INCREMENTAL).build().run(Collections.emptyList()).completed()).isTrue();
  }

  @Test
  void aNullInputOrModeIsAValidationError() {
    assertThatThrownBy(() -> client.syncs().vips(null)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo("mode"));
    assertThatThrownBy(() -> client.syncs().vipRenewals(SyncMode.FULL).build().run((Iterable<VipRenewal>) null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("records"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void otherBatchesAreSerialisedBehindTheCompleteBatchButSentOnlyOnceItIsAnswered() throws Exception {
    HeldCompleteOne run = runHoldingCompleteOne(renewals(45));

    assertThat(run.startedBeforeAnswer).as("calls started before complete=1 was answered").isEqualTo(1);
    assertThat(run.readBeforeAnswer).as("records cut and serialised behind it: parallelism x batch size").isEqualTo(40);
    assertThat(run.outcome).isInstanceOf(BatchReport.class);
    assertThat(seen).hasSize(5);
    assertThat(seen.get(0)).isEqualTo("1x10");
    assertThat(seen.subList(1, 5)).containsOnly("0x10", "0x5");
  }

  @Test
  void aRowThatCannotBeSerialisedIsFoundWhileCompleteOneTravelsAndNothingElseIsSent() throws Exception {
    List<VipRenewal> all = new ArrayList<>(renewals(45));
    all.set(25, VipRenewal.builder().plate("粤X10025").plateColor(PlateColor.BLUE).chargeType("101")
        .vipType(VipType.MONTHLY).quantity(1).payPartner("PP25").payType(PayType.CASH)
        .putExtraFields("plate", "粤X99999").build()); // repeats a typed field: refused when the row is written

    HeldCompleteOne run = runHoldingCompleteOne(all);

    // batch 3 failed to serialise while complete=1 was in flight: batch 2, ready behind it, is dropped
    assertThat(seen).containsExactly("1x10");
    assertThat(run.outcome).isInstanceOfSatisfying(BatchException.class, e -> {
      assertThat(e.failedBatch().number()).isEqualTo(3);
      assertThat(e.getCause()).isInstanceOfSatisfying(ValidationException.class,
          v -> assertThat(v.field()).isEqualTo("extraFields[plate]"));
      assertThat(e.report().recordsConfirmed()).isEqualTo(10);
      assertThat(e.report().resumeIndex()).isEqualTo(10);
    });
  }

  /** How a full sync (batches of 10, 4 in flight) went with complete=1's answer held until the job parked. */
  static final class HeldCompleteOne {
    int startedBeforeAnswer;
    int readBeforeAnswer;
    Object outcome;
  }

  HeldCompleteOne runHoldingCompleteOne(List<VipRenewal> all) throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
        record(r);
        if (body(r).startsWith("{\"complete\":\"1\"")) {
          release.await(20, TimeUnit.SECONDS);
        }
        return ok1001();
      }
    });
    // OkHttp starts an asynchronous call on the thread that enqueues it: the job's own thread, so
    // a batch sent before complete=1 is answered is counted before the job parks, not after
    AtomicInteger started = new AtomicInteger();
    okhttp3.OkHttpClient counting = new okhttp3.OkHttpClient.Builder().eventListener(new okhttp3.EventListener() {
      @Override
      public void callStart(okhttp3.Call call) {
        started.incrementAndGet();
      }
    }).build();
    AtomicInteger read = new AtomicInteger();
    Iterator<VipRenewal> input = new Iterator<VipRenewal>() {
      @Override
      public boolean hasNext() {
        return read.get() < all.size();
      }

      @Override
      public VipRenewal next() {
        return all.get(read.getAndIncrement());
      }
    };
    HeldCompleteOne run = new HeldCompleteOne();
    try (FourPyunClient own = WireSupport.client(server).httpClient(counting).build()) {
      BatchJob<VipRenewal> job = own.syncs().vipRenewals(SyncMode.FULL).batchSize(10).parallelism(4).build();
      run.outcome = UntilParked.run(() -> job.run(input), () -> {
        run.startedBeforeAnswer = started.get();
        run.readBeforeAnswer = read.get();
        release.countDown();
      }).either();
    } finally {
      counting.dispatcher().executorService().shutdown();
    }
    return run;
  }

  @Test
  void aStoppedFullSyncResumesWithoutCompleteOneAndOnlyInItsOwnMode() {
    answerEverything(3);
    BatchException stopped = null;
    try {
      client.syncs().vipRenewals(SyncMode.FULL).batchSize(10).parallelism(1).build().run(renewals(45));
    } catch (BatchException e) {
      stopped = e;
    }
    assertThat(stopped).isNotNull();
    assertThat(stopped.getCause()).isInstanceOf(ApiException.class);
    BatchReport report = stopped.report();
    assertThat(report.resumeIndex()).isEqualTo(20);
    assertThat(report.exclusiveBatchConfirmed()).isTrue();

    assertThatThrownBy(() -> client.syncs().vipRenewals(SyncMode.INCREMENTAL).resumeFrom(report).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("report"));
    assertThatThrownBy(() -> client.syncs().vips(SyncMode.FULL).resumeFrom(report).build())
        .isInstanceOf(ValidationException.class);

    seen.clear();
    BatchReport done = client.syncs().vipRenewals(SyncMode.FULL).batchSize(10).resumeFrom(report).build().run(renewals(45));
    assertThat(seen).containsExactlyInAnyOrder("0x10", "0x10", "0x5");
    assertThat(done.completed()).isTrue();
  }
}
