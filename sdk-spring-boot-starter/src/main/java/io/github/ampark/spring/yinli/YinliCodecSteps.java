package io.github.ampark.spring.yinli;

import io.github.ampark.core.Nullable;
import io.github.ampark.yinli.YinliCodec;

/**
 * The 0.1 envelope's plug-point steps for tenants configured with {@code
 * ampark.yinli.codec.cipher=custom} or {@code ampark.yinli.codec.signature=custom}: a cipher or a
 * signature scheme sdk-yinli does not ship (e.g. SM3withSM2 with the crypto provider of your
 * choice; docs/yinli.md shows one). Declare one bean; the starter asks it once per tenant when that
 * tenant's codec is built. Without the bean, a configured tenant asking for {@code custom} fails the
 * application at startup naming the property.
 *
 * <pre>{@code
 * @Bean YinliCodecSteps sm2(KeyStore keys) {
 *   return new YinliCodecSteps() {
 *     @Override public YinliCodec.SignatureScheme signature(String tenant, YinliSettings settings) {
 *       return new Sm2(keys.privateKey(tenant), keys.yinliPublicKey(tenant));
 *     }
 *   };
 * }
 * }</pre>
 */
public interface YinliCodecSteps {
  /**
   * The cipher of a tenant configured with {@code codec.cipher=custom}.
   *
   * @param tenant the tenant
   * @param settings its settings
   * @return its cipher, or {@code null} if this bean does not provide one (the default)
   */
  default @Nullable YinliCodec.Cipher cipher(String tenant, YinliSettings settings) {
    return null;
  }

  /**
   * The signature scheme of a tenant configured with {@code codec.signature=custom}.
   *
   * @param tenant the tenant
   * @param settings its settings
   * @return its signature scheme, or {@code null} if this bean does not provide one (the default)
   */
  default @Nullable YinliCodec.SignatureScheme signature(String tenant, YinliSettings settings) {
    return null;
  }
}
