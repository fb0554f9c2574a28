package io.obs.it.jetty;

import io.obs.it.servlets.Launch;
import io.obs.it.servlets.TestApp;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.Jetty;

/**
 * Embedded Jetty 9.4, 10 or 11 (the one it is compiled against; jetty11 makes it jakarta): the test app
 * under /app, as jetty12's main. Arguments: port [start file] (see {@link Launch}).
 */
public final class JettyApp {

  private JettyApp() {}

  public static void main(String[] args) throws Exception {
    int port = Launch.port(args);
    Launch.awaitStartFile(args);
    Server server = JettyServer.create(port, Launch.maxThreads());
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/app");
    // the one way to run an initializer that all of 9.4, 10 and 11 have
    context.addBean(new ServletContextHandler.Initializer(context, new TestApp()));
    server.setHandler(context);
    server.start();
    Launch.started("Jetty " + Jetty.VERSION);
    server.join();
  }
}
