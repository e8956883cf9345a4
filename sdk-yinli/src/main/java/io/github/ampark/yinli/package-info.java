/**
 * Yinli (印力) merchant energy system, both directions: {@link io.github.ampark.yinli.YinliClient}
 * calls Yinli's 1.x endpoints ({@link io.github.ampark.yinli.YinliAssets}) or the energy system's
 * 2.x endpoints ({@link io.github.ampark.yinli.YinliEnergy}); {@link
 * io.github.ampark.yinli.YinliCallbacks} serves the 2.x endpoints; {@link
 * io.github.ampark.yinli.YinliCodec} is the "0.1 通用请求方式" envelope both use, every unknown
 * step of it an explicit choice.
 */
package io.github.ampark.yinli;
