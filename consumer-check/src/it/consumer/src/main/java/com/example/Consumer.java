package com.example;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.spi.VendorSpec;

/** Compiled with --release 8, as a Java 8 application would be. */
public final class Consumer {
  private Consumer() {}

  public static String ping(String baseUrl) {
    VendorSpec spec = VendorSpec.builder("consumer")
        .defaultBaseUrl(baseUrl)
        .decoder(ctx -> {
          JsonNode env = ctx.json();
          if (!"0000".equals(ctx.requiredText(env, "code"))) {
            throw ctx.apiError(env.path("code").asText(), env.path("msg").asText(null), null);
          }
          return env.path("data");
        })
        .build();
    try (ClientRuntime runtime = ClientRuntime.create(ClientConfig.builder().build(), spec)) {
      return runtime.execute(RawRequest.get("ping").idempotency(Idempotency.SAFE).build()).data().asText();
    }
  }
}
