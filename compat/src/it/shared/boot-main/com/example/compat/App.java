package com.example.compat;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/** A plain Spring Boot web application with one callback endpoint. */
@SpringBootApplication
public class App {
  @Bean
  ServletRegistrationBean<WikeyunCallbackServlet> wikeyunCallbacks() {
    return new ServletRegistrationBean<>(new WikeyunCallbackServlet(), "/callbacks/wikeyun");
  }
}
