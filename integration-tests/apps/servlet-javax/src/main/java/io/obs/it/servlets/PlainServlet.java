package io.obs.it.servlets;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** 200 "plain &lt;servlet path&gt;": after a forward the path is the forward's target. */
final class PlainServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Texts.write(response, "plain " + request.getServletPath());
  }
}
