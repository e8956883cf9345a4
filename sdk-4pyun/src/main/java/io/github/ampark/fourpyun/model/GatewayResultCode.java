package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The {@code result_code} a park answers a P云 gateway callback with (official sample gateway
 * {@code ResultCode}, plus {@code 1403} from the payment-result document). Anything but
 * {@link #OK} makes P云 send the callback again.
 *
 * <pre>{@code
 * GatewayReply.error(GatewayResultCode.ORDER_REVOKED, "车辆已出场");
 * }</pre>
 */
public enum GatewayResultCode implements CodedEnum {
  /** 接口处理成功 ({@code 1001}). */
  OK("1001"),
  /** 参数错误 ({@code 1400}). */
  ILLEGAL_ARGUMENT("1400"),
  /** 访问拦截 / 签名错误 ({@code 1401}). */
  ACCESS_DENY("1401"),
  /** 订单已撤销, e.g. the car has left ({@code 1403}, payment result only). */
  ORDER_REVOKED("1403"),
  /** 接口内部处理失败 ({@code 1500}). */
  INTERNAL_ERROR("1500"),
  /** 服务暂不可用: unavailable, or a service the park does not offer ({@code 1503}). */
  SERVICE_UNAVAILABLE("1503"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  GatewayResultCode(@Nullable String code) {
    this.code = code;
  }

  /** The vendor's code; {@code null} for {@link #UNKNOWN}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * @param code the vendor's code, possibly {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static GatewayResultCode fromCode(@Nullable String code) {
    return CodedEnums.fromCode(GatewayResultCode.class, code, UNKNOWN);
  }
}
