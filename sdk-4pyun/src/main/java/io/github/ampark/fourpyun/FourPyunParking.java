package io.github.ampark.fourpyun;

import io.github.ampark.fourpyun.internal.FourPyunService;
import io.github.ampark.fourpyun.internal.Requests;
import io.github.ampark.fourpyun.model.EnterRequest;
import io.github.ampark.fourpyun.model.LeaveRequest;
import io.github.ampark.fourpyun.model.PreEnterRequest;
import io.github.ampark.fourpyun.model.PreEnterResult;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.ReleaseRequest;
import io.github.ampark.fourpyun.model.UpdateRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Entries and exits ({@code parking/internal/enter}, {@code …/enter/before}, {@code …/leave},
 * {@code …/release}, {@code …/update}). Get it from {@link FourPyunClient#parking()}.
 *
 * <p>All are SAFE to resend: P云 documents that it ignores a repeated {@code parking_serial} /
 * {@code flow_no}. An entry, exit or release answered with a {@code hint} was ignored by P云 and is
 * a {@link io.github.ampark.fourpyun.model.RequestIgnoredException}.
 *
 * <pre>{@code
 * Receipt r = pp.parking().enter(EnterRequest.builder()
 *     .parkingSerial("E20240601-0001").plate("粤B12345").plateColor(PlateColor.BLUE)
 *     .enterTime(Instant.now()).carType(CarType.TEMPORARY).carDesc("临停").chargeType("1").build());
 * }</pre>
 */
public final class FourPyunParking {
  private final FourPyunService service;
  private final Requests requests;

  FourPyunParking(FourPyunService service, Requests requests) {
    this.service = service;
    this.requests = requests;
  }

  /**
   * Reports an entry ({@code POST parking/internal/enter}, multipart; images uploaded with their hash).
   *
   * @param request the entry
   * @return P云's receipt (code {@code 200}, {@code 1000} or {@code 1001})
   * @throws io.github.ampark.fourpyun.model.RequestIgnoredException if P云 ignored it
   */
  public Receipt enter(EnterRequest request) {
    return service.enter(requests.enter(request)).execute();
  }

  /**
   * Does the same as {@link #enter(EnterRequest)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param request the entry
   * @return the receipt, eventually; see {@link #enter}
   */
  public CompletableFuture<Receipt> enterAsync(EnterRequest request) {
    return service.enter(requests.enter(request)).executeAsync();
  }

  /**
   * Asks whether a car at an entrance may come in ({@code POST parking/internal/enter/before}).
   *
   * @param request the car and gate
   * @return the decision
   */
  public PreEnterResult preEnter(PreEnterRequest request) {
    return service.preEnter(requests.preEnter(request)).execute();
  }

  /**
   * Does the same as {@link #preEnter(PreEnterRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the car and gate
   * @return the decision, eventually
   */
  public CompletableFuture<PreEnterResult> preEnterAsync(PreEnterRequest request) {
    return service.preEnter(requests.preEnter(request)).executeAsync();
  }

  /**
   * Reports an exit with its fees and payments ({@code POST parking/internal/leave}, multipart).
   *
   * @param request the exit
   * @return P云's receipt
   * @throws io.github.ampark.fourpyun.model.RequestIgnoredException if P云 ignored it
   */
  public Receipt leave(LeaveRequest request) {
    return service.leave(requests.leave(request)).execute();
  }

  /**
   * Does the same as {@link #leave(LeaveRequest)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param request the exit
   * @return the receipt, eventually
   */
  public CompletableFuture<Receipt> leaveAsync(LeaveRequest request) {
    return service.leave(requests.leave(request)).executeAsync();
  }

  /**
   * Reports a barrier opened outside the normal flow ({@code POST parking/internal/release}).
   *
   * @param request the release
   * @return P云's receipt
   * @throws io.github.ampark.fourpyun.model.RequestIgnoredException if P云 ignored it
   */
  public Receipt release(ReleaseRequest request) {
    return service.release(requests.release(request)).execute();
  }

  /**
   * Does the same as {@link #release(ReleaseRequest)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param request the release
   * @return the receipt, eventually
   */
  public CompletableFuture<Receipt> releaseAsync(ReleaseRequest request) {
    return service.release(requests.release(request)).executeAsync();
  }

  /**
   * Corrects a stay already reported ({@code POST parking/internal/update}).
   *
   * @param request the correction
   * @return P云's receipt
   */
  public Receipt update(UpdateRequest request) {
    return service.update(requests.update(request)).execute();
  }

  /**
   * Does the same as {@link #update(UpdateRequest)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param request the correction
   * @return the receipt, eventually
   */
  public CompletableFuture<Receipt> updateAsync(UpdateRequest request) {
    return service.update(requests.update(request)).executeAsync();
  }
}
