package io.github.ampark.spring.test;

import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Turns {@link AmparkFakes} on a test class into a {@link FakesCustomizer} (registered in spring.factories). */
public final class AmparkFakesContextCustomizerFactory implements ContextCustomizerFactory {
  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
    AmparkFakes fakes = AnnotatedElementUtils.findMergedAnnotation(testClass, AmparkFakes.class);
    return fakes == null ? null : new FakesCustomizer(fakes.bolinkUnionId(), fakes.bolinkUkey());
  }
}
