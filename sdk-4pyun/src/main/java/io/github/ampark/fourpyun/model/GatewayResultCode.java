package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import java.util.regex.Pattern;

/**
 * The {@code result_code} a park answers a P云 gateway call with: an open code type, so a handler can
 * answer any code P云 defines, not only the ones named here. Anything but {@link #OK} makes P云
 * send a notification again (queries are simply answered).
 *
 * <p>Named codes: the official sample gateway's {@code ResultCode} (1001/1400/1401/1500/1503), the
 * payment-result page's {@code 1403}, and the business codes of the service pages: {@code 1002}
 * 未查询到停车信息 (payment-billing: a park <b>must</b> answer it when the car has already left;
 * vip-query and vip-renewal: no such fixed vehicle) and {@code 1003} (fixed vehicle, payment not
 * allowed).
 *
 * <pre>{@code
 * GatewayReply.error(GatewayResultCode.NOT_FOUND, "未查询到停车信息");   // car already left
 * GatewayReply.error(GatewayResultCode.of("1404"), "…");                // any other code P云 defines
 * }</pre>
 */
public final class GatewayResultCode {
  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z_-]{1,16}");

  /** 接口处理成功 ({@code 1001}). */
  public static final GatewayResultCode OK = new GatewayResultCode("1001");
  /** 未查询到停车信息: the car has left, or no such fixed vehicle ({@code 1002}). */
  public static final GatewayResultCode NOT_FOUND = new GatewayResultCode("1002");
  /** A fixed vehicle, payment not allowed ({@code 1003}). */
  public static final GatewayResultCode PAYMENT_NOT_ALLOWED = new GatewayResultCode("1003");
  /** 参数错误 ({@code 1400}). */
  public static final GatewayResultCode ILLEGAL_ARGUMENT = new GatewayResultCode("1400");
  /** 访问拦截 / 签名错误 ({@code 1401}). */
  public static final GatewayResultCode ACCESS_DENY = new GatewayResultCode("1401");
  /** 订单已撤销 ({@code 1403}, payment result). */
  public static final GatewayResultCode ORDER_REVOKED = new GatewayResultCode("1403");
  /** 接口内部处理失败 ({@code 1500}). */
  public static final GatewayResultCode INTERNAL_ERROR = new GatewayResultCode("1500");
  /** 服务暂不可用: unavailable, or a service the park does not offer ({@code 1503}). */
  public static final GatewayResultCode SERVICE_UNAVAILABLE = new GatewayResultCode("1503");

  private final String code;

  private GatewayResultCode(String code) {
    this.code = code;
  }

  /**
   * The value for a vendor code: the named constant for a documented code, otherwise an open value
   * that keeps the code and sends it back as received.
   *
   * @param code any code P云 defines, e.g. {@code "1002"}: 1–16 letters, digits, {@code _} or {@code -}
   * @return the code (equal to the named constant with the same code)
   * @throws ValidationException naming {@code code} otherwise
   */
  public static GatewayResultCode of(@Nullable String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new ValidationException("code", "must be 1-16 letters, digits, '_' or '-' (was "
          + io.github.ampark.core.Checks.echo(code) + ")");
    }
    return new GatewayResultCode(code);
  }

  /**
   * The code as sent, e.g. {@code "1001"}.
   *
   * @return the code as sent, e.g. {@code "1001"}
   */
  public String code() {
    return code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GatewayResultCode && ((GatewayResultCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
