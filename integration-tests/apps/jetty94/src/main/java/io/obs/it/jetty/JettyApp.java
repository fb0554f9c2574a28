package io.obs.it.jetty;

import io.obs.it.servlets.Launch;
import io.obs.it.servlets.TestApp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.Jetty;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Embedded Jetty 9.4, 10 or 11 (the one it is compiled against; jetty11 makes it jakarta): the test app
 * under /app, as jetty12's main. Arguments: port [start file] (see {@link Launch}).
 */
public final class JettyApp {

  private JettyApp() {}

  public static void main(String[] args) throws Exception {
    int port = Launch.port(args);
    Launch.awaitStartFile(args);
    int maxThreads = Launch.maxThreads();
    Server server = maxThreads > 0 ? new Server(new QueuedThreadPool(maxThreads, 1)) : new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(65536); // room for the tests' 10 kB path
    // a small pool has room for one acceptor and one selector only
    ServerConnector connector = maxThreads > 0 ? new ServerConnector(server, 1, 1, new HttpConnectionFactory(http))
        : new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
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
