package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import io.github.ampark.spring.yinli.YinliAutoConfiguration;
import io.github.ampark.spring.yinli.YinliCodecSteps;
import io.github.ampark.spring.yinli.YinliSettings;
import io.github.ampark.spring.yinli.YinliTenants;
import io.github.ampark.testkit.yinli.FakeYinliEnvelope;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.YinliCodec;
import java.security.KeyPair;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Yinli from properties: no envelope step has a default (all are UNKNOWN at Yinli), a step left
 * open fails naming it, a {@code custom} step needs a {@link YinliCodecSteps} bean (startup fails
 * without one), and settings never print a key.
 */
class YinliAutoConfigurationTest {
  static final KeyPair MINE = FakeYinliEnvelope.newRsaKeyPair();
  static final KeyPair YINLI = FakeYinliEnvelope.newRsaKeyPair();

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AmparkAutoConfiguration.class, YinliAutoConfiguration.class))
      .withPropertyValues("ampark.guard.type=memory", "ampark.yinli.base-url=http://127.0.0.1:1/");

  static String[] completeCodec() {
    return new String[] {"ampark.yinli.assets-envelope=true", "ampark.yinli.codec.cipher=AES_CBC_PKCS5",
        "ampark.yinli.codec.aes-key=MDEyMzQ1Njc4OWFiY2RlZg==", "ampark.yinli.codec.aes-key-encoding=BASE64",
        "ampark.yinli.codec.iv-rule=RANDOM_PREFIX", "ampark.yinli.codec.body-text=HEX",
        "ampark.yinli.codec.signature=SHA256_WITH_RSA",
        "ampark.yinli.codec.private-key=" + FakeYinliEnvelope.base64(MINE.getPrivate()),
        "ampark.yinli.codec.peer-public-key=" + FakeYinliEnvelope.base64(YINLI.getPublic()),
        "ampark.yinli.codec.signature-text=BASE64", "ampark.yinli.codec.signed-content=PLAINTEXT",
        "ampark.yinli.codec.version=1.0", "ampark.yinli.codec.corp-id=C1", "ampark.yinli.codec.app-id=A1"};
  }

  @Test
  void withoutCodecSettingsTheClientSpeaksPlainJsonAndServesNoCalls() {
    runner.run(ctx -> {
      assertThat(ctx).hasSingleBean(YinliClient.class);
      assertThatThrownBy(() -> ctx.getBean(YinliTenants.class).callbacks("default"))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("codec");
    });
  }

  @Test
  void aCompleteCodecBuildsTheClientAndTheCallbacks() {
    runner.withPropertyValues(completeCodec()).run(ctx -> {
      YinliTenants tenants = ctx.getBean(YinliTenants.class);
      YinliCodec codec = tenants.settings("default").toCodec("default", null);
      assertThat(codec.toString()).contains("CBC").contains("PLAINTEXT").contains("A1");
      assertThat(tenants.callbacks("default")).isNotNull();
    });
  }

  @Test
  void aStepLeftOpenFailsNamingIt() {
    runner.withPropertyValues("ampark.yinli.assets-envelope=true", "ampark.yinli.codec.cipher=AES_ECB_PKCS5",
        "ampark.yinli.codec.aes-key=MDEyMzQ1Njc4OWFiY2RlZg==", "ampark.yinli.codec.aes-key-encoding=BASE64")
        .run(ctx -> {
          assertThat(ctx).hasFailed();
          assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(ValidationException.class)
              .hasMessageContaining("bodyText").hasMessageContaining("ask Yinli");
        });
  }

  @Test
  void theEnvelopeChoiceOfTheOneDotXEndpointsHasNoDefault() {
    String[] withoutChoice = java.util.Arrays.stream(completeCodec()).filter(p -> !p.contains("assets-envelope"))
        .toArray(String[]::new);
    runner.withPropertyValues(withoutChoice).run(ctx -> {
      assertThat(ctx).hasFailed();
      assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("assetsEnvelope");
    });
  }

  @Test
  void aCustomStepWithoutItsBeanFailsTheStartupNamingTheBean() {
    runner.withPropertyValues(completeCodec()).withPropertyValues("ampark.yinli.codec.signature=CUSTOM").run(ctx -> {
      assertThat(ctx).hasFailed();
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("YinliCodecSteps").hasMessageContaining("default");
    });
  }

  @Test
  void aCustomStepComesFromTheBeanPerTenant() {
    AtomicInteger asked = new AtomicInteger();
    YinliCodec.SignatureScheme rsa = YinliCodec.SignatureScheme.sha256WithRsa(
        io.github.ampark.core.Secret.of("k", FakeYinliEnvelope.base64(MINE.getPrivate())),
        FakeYinliEnvelope.base64(YINLI.getPublic()));
    YinliCodecSteps steps = new YinliCodecSteps() {
      @Override
      public YinliCodec.SignatureScheme signature(String tenant, YinliSettings settings) {
        asked.incrementAndGet();
        return rsa;
      }
    };
    runner.withPropertyValues(completeCodec()).withPropertyValues("ampark.yinli.codec.signature=CUSTOM")
        .withBean(YinliCodecSteps.class, () -> steps).run(ctx -> {
          assertThat(ctx).hasNotFailed();
          assertThat(ctx.getBean(YinliClient.class)).isNotNull();
          assertThat(asked.get()).isEqualTo(1);
        });
  }

  @Test
  void settingsNeverPrintAKey() {
    runner.withPropertyValues(completeCodec()).run(ctx -> {
      YinliSettings s = ctx.getBean(YinliTenants.class).settings("default");
      assertThat(s.toString()).contains("aesKey=****").contains("privateKey=****")
          .doesNotContain("MDEyMzQ1Njc4OWFiY2RlZg==").doesNotContain(FakeYinliEnvelope.base64(MINE.getPrivate()));
    });
  }
}
