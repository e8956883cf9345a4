package io.github.ampark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.bench.jmh.SignerBenchmarks;
import org.junit.jupiter.api.Test;

/** Every implementation measured in S5 computes the spec's signature, so they do the same work. */
class SignerBenchmarksComputeTheSpecVectorsTest {
  final SignerBenchmarks b = new SignerBenchmarks();

  @Test
  void wikeyunW1() {
    assertThat(b.wikeyunW1_ampark()).isEqualTo("3D4F9FB77B05285AFFFED29AF9E3DA66");
    assertThat(b.wikeyunW1_raw()).isEqualTo("3D4F9FB77B05285AFFFED29AF9E3DA66");
    assertThat(b.wikeyunW1_demo()).isEqualTo("3D4F9FB77B05285AFFFED29AF9E3DA66");
  }

  @Test
  void fourpyunPV3AndPV4() {
    assertThat(b.fourpyunPV3_ampark()).isEqualTo("570DD318C1CB9649E458C3FC2B7757F4");
    assertThat(b.fourpyunPV3_raw()).isEqualTo("570DD318C1CB9649E458C3FC2B7757F4");
    assertThat(b.fourpyunPV3_demo()).isEqualTo("570DD318C1CB9649E458C3FC2B7757F4");
    assertThat(b.fourpyunPV4_ampark()).isEqualTo("D2D60115A3C37358EFA294362FE84470");
    assertThat(b.fourpyunPV4_raw()).isEqualTo("D2D60115A3C37358EFA294362FE84470");
    assertThat(b.fourpyunPV4_demo()).isEqualTo("D2D60115A3C37358EFA294362FE84470");
  }

  @Test
  void bolinkBV3AndBV5() throws Exception {
    assertThat(b.bolinkBV3_ampark()).isEqualTo("3CA75CAF602F53FEE13C854592FD634F");
    assertThat(b.bolinkBV3_raw()).isEqualTo("3CA75CAF602F53FEE13C854592FD634F");
    assertThat(b.bolinkBV3_demo()).isEqualTo("3CA75CAF602F53FEE13C854592FD634F");
    assertThat(b.bolinkBV5_ampark()).isEqualTo("82A4EA10F60AEE4172AE4F3C774156EB");
    assertThat(b.bolinkBV5_raw()).isEqualTo("82A4EA10F60AEE4172AE4F3C774156EB");
    assertThat(b.bolinkBV5_demo()).isEqualTo("82A4EA10F60AEE4172AE4F3C774156EB");
  }

  @Test
  void wanzhuangZ2() throws Exception {
    assertThat(b.wanzhuangZ2_ampark()).isEqualTo("7568b5d9f54903996fb124039e24828556368f021ee3d3ae62a8b9fcb617ddf1");
    assertThat(b.wanzhuangZ2_raw()).isEqualTo("7568b5d9f54903996fb124039e24828556368f021ee3d3ae62a8b9fcb617ddf1");
  }

  @Test
  void yinliSealIsTheSameBodyAndSignatureBothWays() throws Exception {
    String raw = b.yinliSeal_raw();
    assertThat(raw).matches("[A-Za-z0-9+/=]+ [A-Za-z0-9+/=]{344}");
    assertThat(b.yinliSeal_ampark()).isEqualTo(raw);
  }
}
