package com.example.compat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ampark.core.AmparkException;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import org.junit.jupiter.api.Test;

/**
 * Spring Boot 2.7 as it comes: Kotlin stdlib 1.6.21, which OkHttp 5 cannot run on, and OkHttp's
 * logging-interceptor at Boot's 4.9.3, which brings okhttp 4.9.3 beside okhttp-jvm 5.
 */
class UnpatchedBoot27Test {
  @Test
  void buildingAClientFailsNamingKotlinStdlibItsVersionTheMinimumAndTheProperty() {
    AmparkException e = assertThrows(AmparkException.class,
        () -> VendorCalls.wikeyun("http://127.0.0.1:9/", "1000001", "secret", "12345"));
    String message = e.getMessage();
    assertTrue(message.contains("kotlin-stdlib 1.6.21 found, 1.9.0 or newer needed"), message);
    assertTrue(message.contains("kotlin.version"), message);
    assertFalse(message.contains("jackson"), "Boot 2.7's Jackson 2.13.5 is supported: " + message);
    assertTrue(message.contains("OkHttp is on the classpath 2 times ("), message);
    assertTrue(message.contains("okhttp-4.9.3.jar") && message.contains("okhttp-jvm-5."), message);
    assertTrue(message.contains("okhttp.version"), message);
  }

  @Test
  void startingATestkitFakeFailsTheSameWayInsteadOfNoClassDefFoundError() {
    AmparkException e = assertThrows(AmparkException.class, FakeWikeyun::start);
    String message = e.getMessage();
    assertTrue(message.contains("kotlin-stdlib 1.6.21 found, 1.9.0 or newer needed"), message);
    assertTrue(message.contains("kotlin.version"), message);
  }
}
