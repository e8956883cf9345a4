package io.github.ampark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.bench.jmh.Features;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rules that split a profiled call into the features the report names as its cost. */
class ProfileFeaturesAttributeSamplesTest {
  private static final String CHAIN = "okhttp3.internal.http.RealInterceptorChain.proceed";

  @Test
  void workBelowAnInterceptorChainStepIsTheEngineEveryContenderDoes() {
    assertThat(Features.of(Arrays.asList("okio.Buffer.write", "okhttp3.internal.http1.Http1ExchangeCodec.writeRequest",
        CHAIN, "io.github.ampark.core.spi.SigningInterceptor.intercept", CHAIN,
        "io.github.ampark.core.spi.RetryInterceptor.intercept"))).isEqualTo(Features.ENGINE);
  }

  @Test
  void aSignerAboveTheSigningInterceptorIsSigning() {
    assertThat(Features.of(Arrays.asList("java.security.MessageDigest.digest",
        "io.github.ampark.core.signing.Digests.md5Hex", "io.github.ampark.wikeyun.WikeyunSigner.sign",
        "io.github.ampark.core.spi.SigningInterceptor.intercept", CHAIN))).isEqualTo(Features.SIGNING);
  }

  @Test
  void theRetryInterceptorsOwnWorkIsTheSafetyPipeline() {
    assertThat(Features.of(Arrays.asList("okhttp3.Request.newBuilder",
        "io.github.ampark.core.spi.RetryInterceptor.attempts", CHAIN))).isEqualTo(Features.SAFETY);
  }

  @Test
  void aModelValueBuiltWhileDecodingIsPartOfTheAnswer() {
    assertThat(Features.of(Arrays.asList("io.github.ampark.wikeyun.model.ImmutablePowerOrder$Builder.build",
        "com.fasterxml.jackson.databind.deser.BuilderBasedDeserializer.deserialize",
        "io.github.ampark.core.spi.Exchange.convert", "io.github.ampark.core.spi.Exchange.run")))
        .isEqualTo(Features.ANSWER);
  }

  @Test
  void aHandWrittenReaderOfTheAnswersDataIsPartOfTheAnswer() {
    assertThat(Features.of(Arrays.asList("java.lang.Long.parseLong", "io.github.ampark.core.spi.AnswerFields.whole",
        "io.github.ampark.wikeyun.internal.Readers.card", "io.github.ampark.core.spi.Exchange.convert",
        "io.github.ampark.core.spi.Exchange.run"))).isEqualTo(Features.ANSWER);
    assertThat(Features.of(Arrays.asList("java.util.LinkedHashMap.put",
        "io.github.ampark.wanzhuang.internal.Mappers.fields", "io.github.ampark.core.spi.AmparkCall$1.execute",
        "io.github.ampark.wanzhuang.WanzhuangCharging.startCharge"))).isEqualTo(Features.ANSWER);
  }

  @Test
  void theAnswersTreeReadIsPartOfTheAnswer() {
    assertThat(Features.of(Arrays.asList("com.fasterxml.jackson.core.json.UTF8StreamJsonParser.nextToken",
        "io.github.ampark.core.spi.JsonTrees.read", "io.github.ampark.core.spi.VendorSpec.readTree",
        "io.github.ampark.core.spi.ResponseContext.utf8Tree", "io.github.ampark.fourpyun.internal.FourPyunEnvelope.decode",
        "io.github.ampark.core.spi.Exchange.decode", "io.github.ampark.core.spi.Exchange.run")))
        .isEqualTo(Features.ANSWER);
  }

  @Test
  void aVendorHelperNoRuleNamesTakesTheFeatureOfItsCaller() {
    // Wanzhuang's HMAC inside its signer is signing, not request building
    assertThat(Features.of(Arrays.asList("sun.security.provider.SHA2.implCompress0",
        "io.github.ampark.wanzhuang.internal.HmacSha256$Slot.finishLowerHex",
        "io.github.ampark.wanzhuang.internal.WanzhuangRequestSigner.appendSigned",
        "io.github.ampark.core.spi.SigningInterceptor.intercept", CHAIN))).isEqualTo(Features.SIGNING);
    // a request body writer with only facade frames below it is request building
    assertThat(Features.of(Arrays.asList("io.github.ampark.bolink.internal.JsonText$Utf8.value",
        "io.github.ampark.bolink.internal.RequestData.exitOrder", "io.github.ampark.bolink.BolinkOrders.exitOrder",
        "io.github.ampark.bench.contenders.AmparkContenders$Bolink.call"))).isEqualTo(Features.REQUEST);
    // ... also when the request is written inside the facade's keyed-call declaration
    assertThat(Features.of(Arrays.asList("io.github.ampark.bolink.internal.JsonText$Utf8.value",
        "io.github.ampark.bolink.internal.RequestData.exitOrder", "io.github.ampark.bolink.BolinkOrders.exitOrderCall",
        "io.github.ampark.bolink.BolinkOrders.exitOrder"))).isEqualTo(Features.REQUEST);
  }

  @Test
  void aCheckMadeWhileTheCallerBuildsTheRequestIsValidation() {
    assertThat(Features.of(Arrays.asList("java.util.regex.Pattern.matcher", "io.github.ampark.core.Checks.httpUrl",
        "io.github.ampark.wikeyun.internal.Rules.url", "io.github.ampark.wikeyun.model.PushOrderRequest.check",
        "io.github.ampark.wikeyun.model.ImmutablePushOrderRequest.validate",
        "io.github.ampark.bench.contenders.AmparkContenders.call"))).isEqualTo(Features.VALIDATION);
  }

  @Test
  void aCheckMadeWhileDeclaringTheCallIsStillValidation() {
    assertThat(Features.of(Arrays.asList("io.github.ampark.core.Checks.require",
        "io.github.ampark.wikeyun.WikeyunPower.pushOrderCall"))).isEqualTo(Features.VALIDATION);
  }

  @Test
  void theFacadesKeyedCallDeclarationIsTheKeyedProtocol() {
    assertThat(Features.of(Arrays.asList("io.github.ampark.wikeyun.model.QueryOrderRequest.byOrderNo",
        "io.github.ampark.wikeyun.WikeyunPower.pushOrderCall", "io.github.ampark.wikeyun.WikeyunPower.pushOrder")))
        .isEqualTo(Features.KEYED);
  }

  @Test
  void retrofitAndTheCallAdapterAreRequestBuilding() {
    assertThat(Features.of(Arrays.asList("retrofit2.RequestFactory.create",
        "io.github.ampark.core.spi.AmparkCallAdapterFactory$RealCall.execute"))).isEqualTo(Features.REQUEST);
  }

  @Test
  void theCompiledRequestTemplateIsRequestBuilding() {
    assertThat(Features.of(Arrays.asList("okhttp3.FormBody$Builder.add",
        "io.github.ampark.core.spi.RequestTemplate.request",
        "io.github.ampark.core.spi.CompiledService$TemplateCall.request",
        "io.github.ampark.core.spi.AmparkCallAdapterFactory$RealCall.execute"))).isEqualTo(Features.REQUEST);
    assertThat(Features.of(Arrays.asList("java.lang.reflect.Method.hashCode",
        "io.github.ampark.core.spi.CompiledService.invoke"))).isEqualTo(Features.REQUEST);
  }

  @Test
  void yinlisSealIsCryptoEvenInsideTheSigner() {
    assertThat(Features.of(Arrays.asList("java.security.Signature.sign", "io.github.ampark.yinli.internal.Crypto$2.sign",
        "io.github.ampark.yinli.internal.YinliRequestSigner.sign"))).isEqualTo(Features.CRYPTO);
  }

  @Test
  void handWrittenCodeOutsideOkHttpAndAmparkIsOutside() {
    assertThat(Features.of(Arrays.asList("java.security.MessageDigest.digest",
        "io.github.ampark.bench.contenders.RawOkHttp.md5"))).isEqualTo(Features.OTHER);
  }

  @Test
  void okhttpsCallMachineryUnderHandWrittenCodeIsTheEngine() {
    assertThat(Features.of(Arrays.asList("okhttp3.internal.http1.HeadersReader.readHeaders",
        "okhttp3.internal.connection.RealCall.execute", "io.github.ampark.bench.contenders.RawOkHttp.post")))
        .isEqualTo(Features.ENGINE);
  }

  @Test
  void handWrittenUseOfOkHttpsUrlBuilderIsNotTheEngine() {
    assertThat(Features.of(Arrays.asList("okhttp3.HttpUrl$Builder.build",
        "io.github.ampark.bench.contenders.RawOkHttp$Wikeyun.call"))).isEqualTo(Features.OTHER);
  }

  @Test
  void creatingTheOkHttpCallIsTheEngineForAmparkAsForHandWrittenCode() {
    assertThat(Features.of(Arrays.asList("okhttp3.internal.connection.RealCall.<init>", "okhttp3.OkHttpClient.newCall",
        "io.github.ampark.core.spi.Exchange.newCall"))).isEqualTo(Features.ENGINE);
  }
}
