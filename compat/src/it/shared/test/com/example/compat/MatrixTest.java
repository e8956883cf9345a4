package com.example.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ampark.testkit.CallbackSender.Delivery;
import io.github.ampark.testkit.bolink.FakeBolink;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import io.github.ampark.testkit.yinli.FakeYinli;
import io.github.ampark.wikeyun.WikeyunClient;
import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same checks in every cell of the matrix: the stack's own dependency management decides the
 * versions of Jackson, OkHttp, Kotlin and the servlet API; the README's Quick start must work on it.
 */
class MatrixTest {
  @Test
  void wikeyunCallAndItsCallbackThroughTheApplicationsEndpoint() {
    try (FakeWikeyun fake = FakeWikeyun.start();
        WikeyunClient client = VendorCalls.wikeyun(fake.url(), FakeWikeyun.APP_KEY, FakeWikeyun.APP_SECRET, FakeWikeyun.STORE_ID);
        CellEndpoint endpoint = CellEndpoint.start()) {
      CallbackEndpoint.use(client);
      long card = VendorCalls.wikeyunAddCard(client);
      String orderNo = "CMP" + System.nanoTime();
      assertFalse(VendorCalls.wikeyunPushOrder(client, card, orderNo, endpoint.callbackUrl()).isEmpty());

      Delivery delivery = fake.completeOrder(orderNo).orElseThrow(AssertionError::new);
      assertTrue(delivery.acknowledged(), "callback not acknowledged: " + delivery.answers());
      assertEquals(1, CallbackEndpoint.handled().size(), CallbackEndpoint.handled().toString());
      assertTrue(CallbackEndpoint.handled().get(0).startsWith(orderNo + " "), CallbackEndpoint.handled().toString());
    }
  }

  @Test
  void fourPyunCall() {
    try (FakeFourPyun fake = FakeFourPyun.start()) {
      assertEquals("200", VendorCalls.fourPyunEnter(fake.url(), fake.appSecret(), fake.parkUuid()));
    }
  }

  @Test
  void bolinkCall() {
    try (FakeBolink fake = FakeBolink.start(200666, "COMPATUKEY000001")) {
      assertFalse(VendorCalls.bolinkEntry(fake.url(), 200666, "COMPATUKEY000001", "compat_park").isEmpty());
    }
  }

  @Test
  void yinliCall() {
    try (FakeYinli fake = FakeYinli.start().auth(FakeYinli.AuthCheck.requireHeader("X-Access-Token", "compat-token"))) {
      assertTrue(fake.readings("MALL-COMPAT").isEmpty());
      VendorCalls.yinliPush(fake.url(), "X-Access-Token", "compat-token");
      assertEquals(1, fake.readings("MALL-COMPAT").size());
    }
  }

  @Test
  void okHttpClassesArePresentExactlyOnce() throws Exception {
    List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));
    assertEquals(1, copies.size(), "okhttp3.OkHttpClient found in " + copies);
    assertTrue(copies.get(0).toString().contains("/okhttp-jvm-5."), copies.toString());
    List<String> okhttp4 = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (new File(entry).getName().matches("okhttp-4\\..*")) {
        okhttp4.add(entry);
      }
    }
    assertTrue(okhttp4.isEmpty(), "OkHttp 4 reached the classpath: " + okhttp4);
  }
}
