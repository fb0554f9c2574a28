package io.obs.it.tomcat;

import io.obs.it.servlets.Launch;
import io.obs.it.servlets.TestApp;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;

/** Embedded Tomcat: the test app under /app. Arguments: port [start file] (see {@link Launch}). */
public final class TomcatApp {

  private TomcatApp() {}

  public static void main(String[] args) throws Exception {
    EmbeddedTomcat.serve(args, (tomcat, base) -> {
      Connector connector = tomcat.getConnector();
      connector.setProperty("maxHttpHeaderSize", "65536"); // room for the tests' 10 kB path
      if (Launch.maxThreads() > 0) {
        connector.setProperty("maxThreads", Integer.toString(Launch.maxThreads()));
      }
      Context context = tomcat.addContext("/app", base.toString());
      Tomcat.addServlet(context, "default", new DefaultServlet());
      context.addServletMappingDecoded("/", "default");
      context.addServletContainerInitializer(new TestApp(), null);
    });
  }
}
