package io.obs.it.servlets;

import java.io.IOException;
import javax.servlet.GenericServlet;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/** Not an HttpServlet: the agent must still measure requests that reach a bare service method. */
final class GenericHelloServlet extends GenericServlet {

  @Override
  public void service(ServletRequest request, ServletResponse response) throws IOException {
    Texts.write(response, "generic");
  }
}
