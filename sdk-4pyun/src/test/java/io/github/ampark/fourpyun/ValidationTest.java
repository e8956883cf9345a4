package io.github.ampark.fourpyun;

import static io.github.ampark.fourpyun.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.RequiredFieldException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.fourpyun.model.CarType;
import io.github.ampark.fourpyun.model.CouponGrantStatus;
import io.github.ampark.fourpyun.model.CouponGrantSync;
import io.github.ampark.fourpyun.model.EnterRequest;
import io.github.ampark.fourpyun.model.GatewayReply;
import io.github.ampark.fourpyun.model.GatewayResultCode;
import io.github.ampark.fourpyun.model.ImageFile;
import io.github.ampark.fourpyun.model.LeaveRequest;
import io.github.ampark.fourpyun.model.PayType;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.PrepayRequest;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.UpdateRequest;
import io.github.ampark.fourpyun.model.Vip;
import io.github.ampark.fourpyun.model.VipRenewal;
import io.github.ampark.fourpyun.model.VipType;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input fails before anything is sent, naming the Java field. */
class ValidationTest extends WireTest {
  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).isZero();
  }

  static void rejects(String field, Executable call) {
    assertThatThrownBy(call::execute).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThatThrownBy(() -> EnterRequest.builder().parkingSerial("E1").plateColor(PlateColor.BLUE).enterTime(T0)
        .carType(CarType.TEMPORARY).chargeType("1").build())
        .isInstanceOfSatisfying(RequiredFieldException.class, e -> assertThat(e.field()).isEqualTo("carDesc"));
  }

  @Test
  void blankUnknownAndInconsistentValuesAreNamed() {
    rejects("parkingSerial", () -> ParkingEndpointsWireTest.entry().parkingSerial(" ").build());
    rejects("code", () -> ParkingEndpointsWireTest.entry().plateColor(PlateColor.of("1\n")).build());
    rejects("plate", () -> ParkingEndpointsWireTest.entry().plate("").build());
    rejects("totalValueFen", () -> PrepayRequest.builder().from(PrepayTest.pv3()).totalValueFen(11).build());
    rejects("payValueFen", () -> PrepayRequest.builder().from(PrepayTest.pv3()).totalValueFen(0).payValueFen(0).build());
    rejects("parkingTime", () -> PrepayRequest.builder().from(PrepayTest.pv3()).parkingTime(Duration.ofSeconds(-1)).build());
    rejects("payType", () -> VipRenewal.builder().from(SyncEndpointsWireTest.pv4Renewal()).payType(PayType.COUPON).build());
    rejects("quantity", () -> VipRenewal.builder().from(SyncEndpointsWireTest.pv4Renewal()).quantity(0).build());
    rejects("expireTime", () -> Vip.builder().plate("粤B1").plateColor(PlateColor.BLUE).chargeType("1").chargeDesc("月卡")
        .status(io.github.ampark.fourpyun.model.RecordStatus.ACTIVE).createTime(T0).expireTime(T0.minusSeconds(1))
        .type(VipType.MONTHLY).balance(0).realname("张三").build());
    rejects("rows", () -> SyncBatch.<Vip>builder().build());
    rejects("applyValueFen", () -> CouponGrantSync.builder().grantSerial("G").status(CouponGrantStatus.APPLIED)
        .couponValueFen(0L).build());
    rejects("statusDesc", () -> CouponGrantSync.builder().grantSerial("G").status(CouponGrantStatus.EXPIRED).build());
    rejects("content", () -> ImageFile.of(new byte[0]));
    rejects("code", () -> GatewayReply.error(GatewayResultCode.OK, "x"));
    rejects("name", () -> GatewayReply.ok().withField("result_code", "1"));
    LeaveRequest.Builder leave = LeaveRequest.builder();
    leave.parkingSerial("E1").plateColor(PlateColor.BLUE).enterTime(T0).carType(CarType.TEMPORARY).carDesc("临停")
        .chargeType("1").leaveTime(T0.minusSeconds(1));
    rejects("leaveTime", leave::build);
  }

  @Test
  void theParkMustBeNamedOnTheRequestOrTheClient() {
    try (FourPyunClient noPark = FourPyunClient.builder().appSecret(SECRET).baseUrl(url(server)).build()) {
      rejects("parkUuid", () -> noPark.parking().update(UpdateRequest.builder().flowNo("F").parkingSerial("E").plate("粤B1").build()));
      rejects("parkUuid", () -> noPark.syncs().sendVipRenewals(SyncBatch.of(Collections.singletonList(SyncEndpointsWireTest.pv4Renewal()))));
      rejects("payPartner", () -> noPark.payments().paymentStatus(PARK, " "));
    }
  }

  @Test
  void theClientNeedsItsSecretAndAnAppIdWithAnApiType() {
    rejects("appSecret", () -> FourPyunClient.builder().baseUrl(url(server)).build());
    rejects("appSecret", () -> FourPyunClient.builder().appSecret(" "));
    rejects("appId", () -> FourPyunClient.builder().appSecret(SECRET).apiType("X").build());
    rejects("appId", () -> client.payments().syncMerchantCouponGrant(CouponGrantSync.builder().grantSerial("G")
        .status(CouponGrantStatus.EXPIRED).statusDesc("已过期").build()));
  }
}
