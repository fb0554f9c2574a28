package io.obs.it.servlets;

import java.io.IOException;
import javax.servlet.ServletResponse;

final class Texts {

  private Texts() {}

  static void write(ServletResponse response, String body) throws IOException {
    response.setContentType("text/plain;charset=utf-8");
    response.getWriter().print(body);
  }
}
