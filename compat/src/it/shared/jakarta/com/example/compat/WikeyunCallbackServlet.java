package com.example.compat;

import io.github.ampark.core.callback.JakartaServletCallbacks;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The callback endpoint on jakarta.servlet (Spring Boot 2.7, Tomcat 9). */
public class WikeyunCallbackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    JakartaServletCallbacks.write(CallbackEndpoint.handle(JakartaServletCallbacks.read(request)), response);
  }
}
