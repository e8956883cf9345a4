package io.github.ampark.spring.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Starts the fakes for one context, adds their URLs (and credentials, where the test set none) as
 * the highest-precedence property source, registers them as beans and stops them on close. Equal
 * for equal annotations, so Spring's context cache shares one context (and its fakes) between them.
 */
final class FakesCustomizer implements ContextCustomizer {
  private final long bolinkUnionId;
  private final String bolinkUkey;

  FakesCustomizer(long bolinkUnionId, String bolinkUkey) {
    this.bolinkUnionId = bolinkUnionId;
    this.bolinkUkey = bolinkUkey;
  }

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
    ConfigurableEnvironment env = context.getEnvironment();
    ConfigurableListableBeanFactory beans = context.getBeanFactory();
    Map<String, Object> props = new LinkedHashMap<>();
    ClassLoader cl = context.getClassLoader();
    if (ClassUtils.isPresent("io.github.ampark.testkit.bolink.FakeBolink", cl)
        && ClassUtils.isPresent("io.github.ampark.bolink.BolinkClient", cl)) {
      long unionId = env.getProperty("ampark.bolink.union-id", Long.class, bolinkUnionId);
      String ukey = env.getProperty("ampark.bolink.ukey", bolinkUkey);
      AutoCloseable fake = Fakes.bolink(unionId, ukey, props);
      beans.registerSingleton("amparkFakeBolink", fake);
      context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> closeQuietly(fake));
    }
    start(context, "io.github.ampark.testkit.wikeyun.FakeWikeyun", "io.github.ampark.wikeyun.WikeyunClient",
        "amparkFakeWikeyun", () -> Fakes.wikeyun(props));
    start(context, "io.github.ampark.testkit.fourpyun.FakeFourPyun", "io.github.ampark.fourpyun.FourPyunClient",
        "amparkFakeFourPyun", () -> Fakes.fourpyun(props));
    start(context, "io.github.ampark.testkit.wanzhuang.FakeWanzhuang", "io.github.ampark.wanzhuang.WanzhuangClient",
        "amparkFakeWanzhuang", () -> Fakes.wanzhuang(props));
    start(context, "io.github.ampark.testkit.yinli.FakeYinli", "io.github.ampark.yinli.YinliClient",
        "amparkFakeYinli", () -> Fakes.yinli(props, beans::registerSingleton));
    env.getPropertySources().addFirst(new MapPropertySource("amparkFakes", props));
  }

  private static void start(ConfigurableApplicationContext context, String fakeClass, String clientClass, String bean,
      java.util.function.Supplier<AutoCloseable> start) {
    ClassLoader cl = context.getClassLoader();
    if (ClassUtils.isPresent(fakeClass, cl) && ClassUtils.isPresent(clientClass, cl)) {
      AutoCloseable fake = start.get();
      context.getBeanFactory().registerSingleton(bean, fake);
      context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> closeQuietly(fake));
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // a fake that fails to stop leaves only a closed port behind
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FakesCustomizer && ((FakesCustomizer) o).bolinkUnionId == bolinkUnionId
        && ((FakesCustomizer) o).bolinkUkey.equals(bolinkUkey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bolinkUnionId, bolinkUkey);
  }
}
