package io.obs.it.isolation;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;

/**
 * Embedded Jetty 12 (ee10) on 127.0.0.1:{@code args[0]}; the app's own Prometheus client serves its
 * default registry on 127.0.0.1:{@code args[1]}. {@code /work} uses the app's own Byte Buddy, Jackson,
 * Prometheus client and OpenTelemetry API; {@code /classes} tells where the app's loader finds classes;
 * {@code /okhttp} asks {@code /classes} through the app's own OkHttp 4.
 */
public final class IsolationApp {

  private IsolationApp() {}

  public static void main(String[] args) throws Exception {
    HTTPServer metrics = HTTPServer.builder().hostname("127.0.0.1").port(Integer.parseInt(args[1])).buildAndStart();
    Server server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])));
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(WorkServlet.class, "/work");
    context.addServlet(ClassesServlet.class, "/classes");
    context.addServlet(OkHttpServlet.class, "/okhttp");
    server.setHandler(context);
    server.start();
    System.out.println("isolation app serving; own metrics on port " + metrics.getPort());
    server.join();
  }
}
