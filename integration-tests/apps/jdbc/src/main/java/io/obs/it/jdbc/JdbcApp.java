package io.obs.it.jdbc;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Control port (JDK HTTP server, first argument) for the JDBC ITs:
 * {@code /run?db=h2|postgresql|mariadb&pool=none|hikari|tomcat|h2pool|proxy&threads=16&rounds=20}
 * runs a {@link Workload} on connections from that {@link Pools} source
 * and answers its expected counts, one "operation|collection|error_type count" a line;
 * {@code /borrow?port=P&attempts=N} borrows N connections from a HikariCP pool on PostgreSQL at
 * 127.0.0.1:P (made on first use, 250 ms timeout) and answers how many failed.
 */
public final class JdbcApp {

  private static final Map<String, String> URLS = Map.of(
      "h2", "jdbc:h2:mem:it;DB_CLOSE_DELAY=-1",
      "postgresql", "jdbc:postgresql://127.0.0.1:%d/test",
      "mariadb", "jdbc:mariadb://127.0.0.1:%d/test");
  private static final Map<String, Integer> PORTS = Map.of("h2", 0, "postgresql", 5432, "mariadb", 3306);
  private static final Map<String, String> USERS = Map.of("h2", "sa", "postgresql", "postgres", "mariadb", "root");
  private static final Map<Integer, HikariDataSource> BORROW_POOLS = new ConcurrentHashMap<>();

  private JdbcApp() {}

  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
    server.createContext("/run", exchange -> Control.answer(exchange, () -> run(Control.query(exchange))));
    server.createContext("/borrow", exchange -> Control.answer(exchange, () -> borrow(Control.query(exchange))));
    server.start();
    System.out.println("jdbc app ready");
  }

  private static String run(Map<String, String> q) throws Exception {
    String db = q.get("db");
    String pool = q.get("pool");
    int threads = Integer.parseInt(q.get("threads"));
    String url = String.format(URLS.get(db), PORTS.get(db));
    String table = "it_" + db + "_" + pool;
    Map<String, Long> expected;
    try (Pools.Source source = Pools.open(pool, url, USERS.get(db), threads / 2)) {
      expected = new Workload(source, table).run(threads, Integer.parseInt(q.get("rounds")), !pool.equals("none"));
    }
    StringBuilder out = new StringBuilder();
    expected.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
    return out.toString();
  }

  private static String borrow(Map<String, String> q) {
    int port = Integer.parseInt(q.get("port"));
    HikariDataSource ds = BORROW_POOLS.computeIfAbsent(port,
        p -> Pools.hikari(String.format(URLS.get("postgresql"), p), "postgres", 2, 250));
    int failed = 0;
    for (int i = Integer.parseInt(q.get("attempts")); i > 0; i--) {
      try (Connection c = ds.getConnection()) {
        c.isValid(1);
      } catch (SQLException e) {
        failed++;
      }
    }
    return failed + "\n";
  }
}
