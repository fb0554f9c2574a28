package io.obs.it.servlets;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

/** Adds its name to the {@code X-Test-Filter} response header, so a test sees the chain ran. */
final class HeaderFilter extends BaseFilter {

  static final String HEADER = "X-Test-Filter";

  private final String name;

  HeaderFilter(String name) {
    this.name = name;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ((HttpServletResponse) response).addHeader(HEADER, name);
    chain.doFilter(request, response);
  }
}
