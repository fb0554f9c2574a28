package io.obs.it.servlets;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * Passes on a request wrapper whose {@code getAttribute} throws for the agent's marker attribute, so
 * the agent's advice on the servlet below fails. The application must not notice.
 */
final class BreakingWrapperFilter extends BaseFilter {

  static final String AGENT_MARKER = "io.obs.agent.request";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request) {
      @Override
      public Object getAttribute(String name) {
        if (AGENT_MARKER.equals(name)) {
          throw new RuntimeException("the test app's wrapper refuses " + name);
        }
        return super.getAttribute(name);
      }
    }, response);
  }
}
