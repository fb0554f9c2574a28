package io.obs.it.jetty;

import io.obs.it.servlets.Launch;
import io.obs.it.servlets.TestApp;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Jetty;

/** Embedded Jetty 12 ee10: the test app under /app. Arguments: port [start file] (see {@link Launch}). */
public final class JettyApp {

  private JettyApp() {}

  public static void main(String[] args) throws Exception {
    int port = Launch.port(args);
    Launch.awaitStartFile(args);
    Server server = JettyServer.create(port, Launch.maxThreads());
    ServletContextHandler context = new ServletContextHandler("/app");
    context.addServletContainerInitializer(new TestApp());
    server.setHandler(context);
    server.start();
    Launch.started("Jetty " + Jetty.VERSION);
    server.join();
  }
}
