package com.example.compat;

import io.github.ampark.core.callback.ServletCallbacks;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The callback endpoint on javax.servlet (Spring Boot 2.7, Tomcat 9). */
public class WikeyunCallbackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    ServletCallbacks.write(CallbackEndpoint.handle(ServletCallbacks.read(request)), response);
  }
}
