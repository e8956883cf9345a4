package io.github.ampark.wanzhuang;

import static io.github.ampark.wanzhuang.WanzhuangDevices.present;

import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.wanzhuang.internal.Bodies;
import io.github.ampark.wanzhuang.internal.Mappers;
import io.github.ampark.wanzhuang.internal.WanzhuangService;
import io.github.ampark.wanzhuang.model.CreateRenewOrderRequest;
import io.github.ampark.wanzhuang.model.ExpiringDevicesPage;
import io.github.ampark.wanzhuang.model.PageRequest;
import io.github.ampark.wanzhuang.model.RenewOrder;
import io.github.ampark.wanzhuang.model.RenewStatus;
import io.github.ampark.wanzhuang.model.RenewStatusRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * SIM traffic-card renewal ({@code /open/renew/*}) of one {@link WanzhuangClient}. Only cards
 * expiring in the current month can be renewed (fetch the list monthly); payment is Alipay only —
 * show the order's {@code qrCode} as a QR code; {@code renewState} says whether the renewal was
 * submitted to the card vendor.
 *
 * <pre>{@code
 * ExpiringDevicesPage due = client.renewals().expiringDevices(PageRequest.of(1, 50));
 * RenewOrder order = client.renewals().createRenewOrder(CreateRenewOrderRequest.builder()
 *     .outTradeNo("20250109105805123456").build());          // no devices: renew all that expire
 * showQr(order.qrCode());   // null when the answer carried none
 * }</pre>
 *
 * <p>{@code createRenewOrder} is keyed on {@code out_trade_no}: after an ambiguous failure the client
 * asks getCompanyRenewStatus about it; an entry with this {@code outTradeNo} is the order (returned
 * with {@link RenewOrder#reconciled()}); a well-formed empty list proves absence (thrown by default,
 * resent only with {@code ifAbsent(IfAbsent.RESEND)} after a second agreeing query); anything else
 * is an {@link io.github.ampark.core.OutcomeUnknownException}.
 */
public final class WanzhuangRenewals {
  private final ClientRuntime runtime;
  private final WanzhuangService service;
  private final Bodies bodies;
  private final IfAbsent ifAbsent;

  WanzhuangRenewals(ClientRuntime runtime, WanzhuangService service, Bodies bodies, IfAbsent ifAbsent) {
    this.runtime = runtime;
    this.service = service;
    this.bodies = bodies;
    this.ifAbsent = ifAbsent;
  }

  /**
   * Reads one page of the company's devices whose SIM card expires this month ({@code GET
   * /open/renew/getCompanyExpireDeviceList}); only these can be renewed. Retried on I/O errors.
   *
   * @param r the page number and size
   * @return the page, with the total count
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   */
  public ExpiringDevicesPage expiringDevices(PageRequest r) {
    return service.getCompanyExpireDeviceList(bodies.page(present(r))).map(Mappers::expiring).execute();
  }

  /**
   * Like {@link #expiringDevices}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the page
   * @return the page, eventually
   */
  public CompletableFuture<ExpiringDevicesPage> expiringDevicesAsync(PageRequest r) {
    return service.getCompanyExpireDeviceList(bodies.page(present(r))).map(Mappers::expiring).executeAsync();
  }

  /**
   * Creates a renewal order ({@code POST /open/renew/createCompanyRenewOrder}, JSON), at most once per
   * {@code out_trade_no}: after a lost answer the client asks getCompanyRenewStatus instead of sending
   * again (see the class comment).
   *
   * @param r your order number and the devices to renew
   * @return the order, with the Alipay {@code qrCode} to show
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   * @throws io.github.ampark.core.OutcomeUnknownException when the order may or may not exist
   */
  public RenewOrder createRenewOrder(CreateRenewOrderRequest r) {
    return createCall(r).execute();
  }

  /**
   * Like {@link #createRenewOrder}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the order
   * @return it, eventually
   */
  public CompletableFuture<RenewOrder> createRenewOrderAsync(CreateRenewOrderRequest r) {
    return createCall(r).executeAsync();
  }

  /**
   * Asks whether a renewal order was submitted to the card vendor ({@code GET
   * /open/renew/getCompanyRenewStatus}); retried on I/O errors.
   *
   * @param r your order number
   * @return the entries Wanzhuang lists, possibly empty
   * @throws io.github.ampark.core.ApiException when Wanzhuang answers a {@code code} other than 1
   */
  public List<RenewStatus> renewStatus(RenewStatusRequest r) {
    return service.getCompanyRenewStatus(bodies.renewStatus(present(r))).map(Mappers::renewStatus).execute();
  }

  /**
   * Like {@link #renewStatus}, without blocking the calling thread: the future completes with the same
   * result, or fails with the same exception.
   *
   * @param r the order
   * @return the entries, eventually
   */
  public CompletableFuture<List<RenewStatus>> renewStatusAsync(RenewStatusRequest r) {
    return service.getCompanyRenewStatus(bodies.renewStatus(present(r))).map(Mappers::renewStatus).executeAsync();
  }

  private AmparkCall<RenewOrder> createCall(CreateRenewOrderRequest request) {
    CreateRenewOrderRequest r = present(request);
    return BusinessKeyCalls.keyed(runtime, "createRenewOrder", r.outTradeNo(),
        service.createCompanyRenewOrder(bodies.createRenewOrder(r)).map(env -> Mappers.renewOrder(r.outTradeNo(), env)),
        failure -> service.getCompanyRenewStatus(bodies.renewStatus(RenewStatusRequest.of(r.outTradeNo())))
            .map(env -> reconcile(r, Mappers.renewStatusOrNull(env))),
        ifAbsent);
  }

  private static Reconciliation<RenewOrder> reconcile(CreateRenewOrderRequest r, List<RenewStatus> entries) {
    if (entries == null) {
      return Reconciliation.unknown("the status answer's data was not a list");
    }
    for (RenewStatus s : entries) {
      if (r.outTradeNo().equals(s.outTradeNo())) {
        return Reconciliation.found(RenewOrder.builder().outTradeNo(r.outTradeNo()).reconciled(true)
            .qrCode(s.fields().get("qrCode")).fields(s.fields()).build());
      }
    }
    return entries.isEmpty()
        ? Reconciliation.<RenewOrder>absent()
        : Reconciliation.<RenewOrder>unknown("the status answer listed " + entries.size() + " entries, none for this out_trade_no");
  }
}
