package io.obs.demo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.servlet.http.HttpServlet;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * A legacy-style web app with no observability code at all: embedded Tomcat 9, servlets, H2 over
 * plain JDBC (or a HikariCP pool: {@code -Ddemo.pool=hikari}) and an outgoing HttpURLConnection.
 * Port: first argument, else {@code -Ddemo.port}, else 8080 (0 = any free port).
 */
public final class DemoApp {

  /** One servlet mapping; the index page lists them. */
  record Route(String pattern, String usage, HttpServlet servlet) {}

  static final List<Route> ROUTES = List.of(
      new Route("", "GET  /               this page", new IndexServlet()),
      new Route("/users/*", "GET  /users/{id}     one user as JSON (1-3 exist, others are 404)", new UsersServlet()),
      new Route("/orders", "POST /orders         insert an order (item=..&qty=..); GET lists them", new OrdersServlet()),
      new Route("/search", "GET  /search?q=ad     users whose name contains q (SQL built as text)", new SearchServlet()),
      new Route("/chain", "GET  /chain          calls this app's /users/1 over HTTP (two hops)", new ChainServlet()),
      new Route("/slow", "GET  /slow?ms=N      sleeps N ms (at most " + SlowServlet.MAX_MS + ")", new SlowServlet()),
      new Route("/fail", "GET  /fail           throws an exception: 500 (?reason=.. goes into its message)", new FailServlet()));

  private DemoApp() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args.length > 0 ? args[0] : System.getProperty("demo.port", "8080"));
    Db.init();
    Path baseDir = Files.createTempDirectory("obs-demo-tomcat");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    tomcat.setPort(port);
    tomcat.getConnector();
    Context context = tomcat.addContext("", null);
    for (Route route : ROUTES) {
      String name = route.servlet().getClass().getSimpleName();
      Tomcat.addServlet(context, name, route.servlet());
      context.addServletMappingDecoded(route.pattern(), name);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(tomcat, baseDir), "demo-shutdown"));
    tomcat.start();
    String app = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/";
    System.out.println("obs-demo ready\n  app:     " + app + "\n  metrics: " + agentUrl("/metrics")
        + "\n  health:  " + agentUrl("/health"));
    tomcat.getServer().await();
  }

  /** The agent's endpoint: {@code obs.server.port} or {@code OBS_SERVER_PORT} if set, else the agent's default 9464. */
  static String agentUrl(String path) {
    String port = System.getProperty("obs.server.port", System.getenv().getOrDefault("OBS_SERVER_PORT", "9464"));
    return "http://127.0.0.1:" + port + path;
  }

  private static void stop(Tomcat tomcat, Path baseDir) {
    try {
      tomcat.stop();
      tomcat.destroy();
      try (Stream<Path> files = Files.walk(baseDir)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    } catch (Exception | Error e) {
      System.err.println("obs-demo: unclean shutdown: " + e);
    }
  }
}
