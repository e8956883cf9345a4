package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class ConsumerCheckTest {
  static List<String> classPath() {
    List<String> out = new ArrayList<>();
    Collections.addAll(out, System.getProperty("java.class.path").split(File.pathSeparator));
    return out;
  }

  @Test
  void oneCallWorksAgainstMockWebServer() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(new MockResponse.Builder().body("{\"code\":\"0000\",\"data\":\"pong\"}").build());
      assertEquals("pong", Consumer.ping(server.url("/").toString()));
      assertTrue(server.takeRequest().getHeaders().get("User-Agent").startsWith("ampark-java/"));
    }
  }

  @Test
  void okHttpClassesArePresentExactlyOnce() throws Exception {
    List<URL> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));
    assertEquals(1, copies.size(), "okhttp3.OkHttpClient found in " + copies);
    assertTrue(copies.get(0).toString().contains("okhttp-jvm-"), copies.toString());
    assertEquals(1, Collections.list(getClass().getClassLoader().getResources("okhttp3/Call.class")).size());
    for (String entry : classPath()) {
      assertFalse(entry.matches(".*okhttp-4\\..*"), "OkHttp 4 reached the classpath: " + entry);
    }
  }

  /**
   * Spring Boot 3 and 4 need Java 17, so the starter alone is Java 17 bytecode (major 61); every other
   * Ampark jar is Java 8 (major 52). The starter's Boot, vendor and guard dependencies are optional:
   * depending on it brings only sdk-core.
   */
  static int expectedMajor(String jarName) {
    return jarName.startsWith("sdk-spring-boot-starter-") ? 61 : 52;
  }

  @Test
  void everyAmparkJarIsJava8BytecodeWithAnAutomaticModuleName() throws Exception {
    int jars = 0;
    for (String entry : classPath()) {
      String name = new File(entry).getName();
      if (!name.startsWith("sdk-") || !name.endsWith(".jar")) {
        continue;
      }
      jars++;
      try (JarFile jar = new JarFile(entry)) {
        String module = jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        assertNotNull(module, name + " has no Automatic-Module-Name");
        assertTrue(module.startsWith("io.github.ampark."), module);
        Enumeration<JarEntry> entries = jar.entries();
        int classes = 0;
        while (entries.hasMoreElements()) {
          JarEntry e = entries.nextElement();
          if (!e.getName().endsWith(".class")) {
            continue;
          }
          classes++;
          try (InputStream in = jar.getInputStream(e); DataInputStream data = new DataInputStream(in)) {
            assertEquals(0xCAFEBABE, data.readInt());
            data.readUnsignedShort();
            assertEquals(expectedMajor(name), data.readUnsignedShort(), name + "!" + e.getName() + " is not the expected bytecode");
          }
        }
        assertTrue(classes > 0, name + " has no classes");
      }
    }
    assertTrue(jars >= 1, "no Ampark jar on the classpath: " + classPath());
    assertTrue(classPath().stream().anyMatch(e -> new File(e).getName().startsWith("sdk-spring-boot-starter-")),
        "the starter is checked too");
    assertTrue(classPath().stream().noneMatch(e -> new File(e).getName().startsWith("spring-")),
        "the starter's Spring dependencies are optional and must not reach a non-Spring user: " + classPath());
  }
}
