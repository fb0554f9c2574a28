package io.obs.it.servlets;

import java.util.Set;
import javax.servlet.Filter;
import javax.servlet.FilterRegistration;
import javax.servlet.Servlet;
import javax.servlet.ServletContainerInitializer;
import javax.servlet.ServletContext;
import javax.servlet.ServletRegistration;

/**
 * Wires the test servlets and filters into a context, so each container main only adds this
 * initializer. Paths, relative to the context:
 * <pre>
 * /plain     200 "plain /plain"             /fail      500 set as a status
 * /filtered  the same behind two filters    /throw     IllegalStateException escapes
 * /forward   forwards to /plain             /users/*   200 "user &lt;path info&gt;"
 * /async     200 "async" completed ~20 ms later from another thread
 * /generic   a GenericServlet, 200 "generic"
 * /broken    /plain behind a request wrapper that throws when the agent reads its marker
 * /inspect   whether the agent marked the request, and the JVM's thread names
 * /hold      200 "released" once the file ?file= names exists (holds a request thread till then)
 * </pre>
 */
public final class TestApp implements ServletContainerInitializer {

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    servlet(context, "plain", new PlainServlet(), "/plain");
    servlet(context, "filtered", new PlainServlet(), "/filtered");
    filter(context, "first", new HeaderFilter("first"), "/filtered");
    filter(context, "second", new HeaderFilter("second"), "/filtered");
    servlet(context, "forward", new ForwardServlet("/plain"), "/forward");
    servlet(context, "async", new AsyncServlet(), "/async");
    servlet(context, "fail", new FailServlet(false), "/fail");
    servlet(context, "throw", new FailServlet(true), "/throw");
    servlet(context, "users", new UsersServlet(), "/users/*");
    servlet(context, "generic", new GenericHelloServlet(), "/generic");
    servlet(context, "broken", new PlainServlet(), "/broken");
    filter(context, "breaker", new BreakingWrapperFilter(), "/broken");
    servlet(context, "inspect", new InspectServlet(), "/inspect");
    servlet(context, "hold", new HoldServlet(), "/hold");
  }

  private static void servlet(ServletContext context, String name, Servlet servlet, String pattern) {
    ServletRegistration.Dynamic registration = context.addServlet(name, servlet);
    registration.addMapping(pattern);
    registration.setAsyncSupported(true);
  }

  private static void filter(ServletContext context, String name, Filter filter, String pattern) {
    FilterRegistration.Dynamic registration = context.addFilter(name, filter);
    registration.addMappingForUrlPatterns(null, true, pattern);
    registration.setAsyncSupported(true);
  }
}
