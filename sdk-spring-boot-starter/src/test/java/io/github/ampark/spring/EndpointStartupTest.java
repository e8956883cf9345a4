package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.spring.fourpyun.FourPyunAutoConfiguration;
import io.github.ampark.spring.internal.CallbackEndpoint;
import io.github.ampark.spring.wanzhuang.WanzhuangAutoConfiguration;
import io.github.ampark.spring.yinli.YinliAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * Endpoints are off until their path is set; a path without the vendor's handler bean fails the
 * startup naming the property and the bean type.
 */
class EndpointStartupTest {
  final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AmparkAutoConfiguration.class, WanzhuangAutoConfiguration.class,
          YinliAutoConfiguration.class, FourPyunAutoConfiguration.class))
      .withPropertyValues("ampark.guard.type=memory");

  @Test
  void noPathNoEndpoint() {
    runner.run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(CallbackEndpoint.class));
  }

  @Test
  void aPathWithoutItsHandlerBeanFailsTheStartupNamingBoth() {
    String[][] cases = {
        {"ampark.wanzhuang.callback.path=/wz", "ampark.wanzhuang.callback.path", "WanzhuangHandler"},
        {"ampark.yinli.callback.path=/yinli", "ampark.yinli.callback.path", "YinliHandler"},
        {"ampark.fourpyun.push.path=/push", "ampark.fourpyun.push.path", "FourPyunPushHandler"}};
    for (String[] c : cases) {
      runner.withPropertyValues(c[0]).run(ctx -> {
        assertThat(ctx).hasFailed();
        assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(c[1]).hasMessageContaining(c[2]);
      });
    }
  }
}
