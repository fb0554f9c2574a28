package io.obs.it.jetty;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The Jetty server of every Jetty test app (9.4 to 12): one connector on 127.0.0.1. */
public final class JettyServer {

  private JettyServer() {}

  /** @param maxThreads the request thread pool's size, or 0 for Jetty's default pool */
  public static Server create(int port, int maxThreads) {
    Server server = maxThreads > 0 ? new Server(new QueuedThreadPool(maxThreads, 1)) : new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(65536); // room for the tests' 10 kB path
    // a small pool has room for one acceptor and one selector only
    ServerConnector connector = maxThreads > 0 ? new ServerConnector(server, 1, 1, new HttpConnectionFactory(http))
        : new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    return server;
  }
}
