package io.obs.it.context;

import io.obs.it.servlets.Launch;
import io.obs.it.tomcat.EmbeddedTomcat;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;

/**
 * Embedded Tomcat 9 with {@code /fanout} (work handed to other threads in many ways), {@code /async}
 * ({@code AsyncContext.start}), {@code /detached} (a pool task submitted from a thread without
 * context), {@code /log} (log lines with trace ids) and {@code /ping}, the target of every outgoing call. Arguments: port [start file].
 */
public final class ContextApp {

  private ContextApp() {}

  public static void main(String[] args) throws Exception {
    EmbeddedTomcat.serve(args, (tomcat, base) -> {
      Context context = tomcat.addContext("", base.toString());
      Work work = new Work(Launch.port(args));
      Tomcat.addServlet(context, "fanout", new FanOutServlet(work));
      context.addServletMappingDecoded("/fanout", "fanout");
      Wrapper async = Tomcat.addServlet(context, "async", new AsyncServlet(work));
      async.setAsyncSupported(true);
      context.addServletMappingDecoded("/async", "async");
      Tomcat.addServlet(context, "detached", new DetachedServlet(work));
      context.addServletMappingDecoded("/detached", "detached");
      Tomcat.addServlet(context, "log", new LogServlet(work));
      context.addServletMappingDecoded("/log", "log");
      Tomcat.addServlet(context, "ping", new PingServlet());
      context.addServletMappingDecoded("/ping", "ping");
    });
  }
}
