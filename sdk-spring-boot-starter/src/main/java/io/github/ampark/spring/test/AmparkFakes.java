package io.github.ampark.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Spring test class ({@code @SpringBootTest} or any Spring TestContext test): starts the
 * testkit fake of every vendor on the classpath (sdk-testkit as a test dependency), points the
 * auto-configured clients at it ({@code ampark.<vendor>.base-url}, and the fake's credentials unless
 * you set your own), and registers each fake as a bean so the test can inspect it and send
 * callbacks. The fakes stop with the context. Yinli's fake is sealed: the starter generates key
 * pairs and an AES key, sets {@code ampark.yinli.codec.*} to the fake's envelope choices, and
 * registers the fake's {@code FakeYinliEnvelope} as a bean too (to seal a 2.x call as Yinli would).
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = RANDOM_PORT)
 * @AmparkFakes
 * class ExitOrderTest {
 *   @Autowired BolinkClient bolink;
 *   @Autowired FakeBolink fake;
 *   @LocalServerPort int port;
 *
 *   @Test void exitIsUploaded() {
 *     bolink.orders().exitOrder(...);
 *     assertThat(fake.orders()).hasSize(1);
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AmparkFakes {
  /** {@return the Bolink {@code union_id} the fake expects (unless ampark.bolink.union-id is set)} */
  long bolinkUnionId() default 200666L;

  /** {@return the Bolink {@code ukey} the fake verifies with (unless ampark.bolink.ukey is set)} */
  String bolinkUkey() default "fake-bolink-ukey";
}
