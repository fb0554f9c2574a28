package io.obs.it.servlets;

import javax.servlet.Filter;
import javax.servlet.FilterConfig;

/** Filter.init/destroy are default methods only from Servlet 4; Tomcat 8.5 (3.1) needs them here. */
abstract class BaseFilter implements Filter {

  @Override
  public void init(FilterConfig config) {
    // nothing to set up
  }

  @Override
  public void destroy() {
    // nothing to release
  }
}
