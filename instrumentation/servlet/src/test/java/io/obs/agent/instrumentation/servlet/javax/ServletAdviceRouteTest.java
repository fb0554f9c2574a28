package io.obs.agent.instrumentation.servlet.javax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.obs.agent.bootstrap.AgentHooks;
import io.obs.agent.bootstrap.Bridge;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the route is named from, for a real Jetty 9.4 request: a Servlet 3.1 container whose requests,
 * under the servlet API 4.0 jar (as in Spring Boot 2 apps on Jetty), answer {@code getHttpServletMapping()}
 * with the interface's default: an empty pattern, which named every route {@code <context>/}.
 */
class ServletAdviceRouteTest {

  private final List<String> starts = new ArrayList<>();

  @BeforeEach
  void recordStarts() {
    Bridge.install(new AgentHooks() {
      @Override
      public Object serverStart(String method, String contextPath, String pattern, String[] headers) {
        starts.add("mapped " + method + " " + contextPath + " " + pattern);
        return this;
      }

      @Override
      public Object serverStartLegacy(String method, String contextPath, String servletPath, String pathInfo,
          String[] headers) {
        starts.add("servlet path " + method + " " + contextPath + " " + servletPath + " " + pathInfo);
        return this;
      }
    });
  }

  @AfterEach
  void uninstall() {
    Bridge.install(new AgentHooks());
  }

  @Test
  void anExactMappingIsNamedFromTheServletPath() {
    ServletAdvice.onEnter(jetty94Request("/plain", null));
    assertEquals(List.of("servlet path GET /app /plain null"), starts);
  }

  @Test
  void aPathMappingIsNamedFromTheServletPathAndItsPathInfo() {
    ServletAdvice.onEnter(jetty94Request("/users", "/7"));
    assertEquals(List.of("servlet path GET /app /users /7"), starts);
  }

  private static Request jetty94Request(String servletPath, String pathInfo) {
    Request request = new Request(null, null);
    request.setMetaData(new MetaData.Request("GET", new HttpURI("/app" + servletPath + (pathInfo == null ? "" : pathInfo)),
        HttpVersion.HTTP_1_1, new HttpFields()));
    request.setContextPath("/app");
    request.setServletPath(servletPath);
    request.setPathInfo(pathInfo);
    return request;
  }
}
