package io.github.ampark.spring.fourpyun;

import io.github.ampark.fourpyun.model.OpenApiPush;

/**
 * Your code for 4pyun's openapi pushes (signed forms), called by the starter's push endpoint
 * ({@code ampark.fourpyun.push.path}) once per verified push; a repeat of a handled push is
 * acknowledged without calling it again.
 *
 * <pre>{@code
 * @Bean FourPyunPushHandler pushes(ParkingEvents events) {
 *   return push -> events.record(push.fields());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface FourPyunPushHandler {
  /**
   * Handles one verified push. Throw to have P云 push it again (the endpoint answers {@code
   * {"code":"1500",…}} and the push is not recorded as handled).
   *
   * @param push the verified push
   */
  void onPush(OpenApiPush push);
}
