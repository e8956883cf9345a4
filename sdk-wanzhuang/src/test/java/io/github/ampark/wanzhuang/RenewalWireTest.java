package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.wanzhuang.model.CreateRenewOrderRequest;
import io.github.ampark.wanzhuang.model.ExpiringDevicesPage;
import io.github.ampark.wanzhuang.model.PageRequest;
import io.github.ampark.wanzhuang.model.RenewOrder;
import io.github.ampark.wanzhuang.model.RenewStatus;
import io.github.ampark.wanzhuang.model.RenewStatusRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact bytes of the SIM renewal endpoints (D19–D21). */
class RenewalWireTest extends WireTestBase {

  @Test
  void expiringDevices_isTheSpecVectorZ3() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"count\":1,\"list\":[{\"device_num\":\"18000001\",\"expire_time\":\"2025-04-30\"}]}}");
    ExpiringDevicesPage page = client.renewals().expiringDevices(PageRequest.of(1, 10));
    assertThat(take().getTarget()).isEqualTo("/open/renew/getCompanyExpireDeviceList?page=1&limit=10"
        + "&app_id=3aa6943fd3e78e&timestamp=1744285110&sign=1ac335488790698c8702a033fda6924a103cada077179e0248ab960b280dd72d");
    assertThat(page.count()).isEqualTo(1);
    assertThat(page.devices().get(0).text("expire_time")).contains("2025-04-30");
  }

  @Test
  void createRenewOrder_isJsonAndReturnsTheAlipayQrCode() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"qrCode\":\"https://qr.alipay.com/abc\"}}");
    RenewOrder order = client.renewals().createRenewOrder(CreateRenewOrderRequest.builder()
        .outTradeNo("20250109105805123456").addDeviceNums("18000001").build());
    assertJson(take(), "/open/renew/createCompanyRenewOrder",
        "{\"out_trade_no\":\"20250109105805123456\",\"device_nums\":[\"18000001\"],\"app_id\":\"3aa6943fd3e78e\",\"timestamp\":1744285110,\"sign\":\"%SIGN%\"}",
        "app_id=3aa6943fd3e78e&device_nums=[\"18000001\"]&out_trade_no=20250109105805123456&timestamp=1744285110");
    assertThat(order.qrCode()).isEqualTo("https://qr.alipay.com/abc");
    assertThat(order.reconciled()).isFalse();
  }

  @Test
  void createRenewOrder_withoutDevicesLeavesTheFieldOut() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"qrCode\":\"https://qr.alipay.com/abc\"}}");
    client.renewals().createRenewOrder(CreateRenewOrderRequest.builder().outTradeNo("20250109105805123456").build());
    assertJson(take(), "/open/renew/createCompanyRenewOrder",
        "{\"out_trade_no\":\"20250109105805123456\",\"app_id\":\"3aa6943fd3e78e\",\"timestamp\":1744285110,\"sign\":\"%SIGN%\"}",
        "app_id=3aa6943fd3e78e&out_trade_no=20250109105805123456&timestamp=1744285110");
  }

  @Test
  void createRenewOrder_anAnswerWithoutQrCodeGivesNull() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{}}");
    RenewOrder order = client.renewals().createRenewOrder(CreateRenewOrderRequest.builder().outTradeNo("20250109105805123456").build());
    assertThat(order.qrCode()).isNull();
    assertThat(order.outTradeNo()).isEqualTo("20250109105805123456");
  }

  @Test
  void renewStatus_isASignedGet() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":[{\"outTradeNo\":\"20250109105805123456\",\"renewState\":1,\"device_num\":\"18000001\"}]}");
    List<RenewStatus> s = client.renewals().renewStatus(RenewStatusRequest.of("20250109105805123456"));
    assertGet(take(), "/open/renew/getCompanyRenewStatus?out_trade_no=20250109105805123456&app_id=3aa6943fd3e78e&timestamp=1744285110",
        "app_id=3aa6943fd3e78e&out_trade_no=20250109105805123456&timestamp=1744285110");
    assertThat(s).singleElement().satisfies(e -> {
      assertThat(e.outTradeNo()).isEqualTo("20250109105805123456");
      assertThat(e.renewState()).isEqualTo("1");
    });
  }
}
