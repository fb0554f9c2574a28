package io.obs.it.jdbc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Control port (JDK HTTP server, first argument) for the pool ITs, all answering "ok" or a number:
 * {@code /open?lib=hikari|dbcp2|tomcat|c3p0&db=postgresql|mariadb&name=X&size=N&timeout=ms} opens a pool;
 * {@code /slow?name=X&threads=T&seconds=S} starts T threads each running one S-second query
 * ({@code pg_sleep}, {@code SLEEP}) on a connection of the pool; {@code /fast?name=X&threads=T&millis=D&query_ms=Q}
 * starts T threads running Q-millisecond queries on connection after connection for D ms;
 * {@code /await?name=X} waits for those threads and answers how many checkouts failed;
 * {@code /timeout?name=X} holds one connection and asks for another, answering the exception class;
 * {@code /close?name=X} closes the pool.
 */
public final class PoolsApp {

  private static final Map<String, String> URLS = Map.of(
      "postgresql", "jdbc:postgresql://127.0.0.1:5432/test",
      "mariadb", "jdbc:mariadb://127.0.0.1:3306/test");
  private static final Map<String, String> USERS = Map.of("postgresql", "postgres", "mariadb", "root");
  private static final Map<String, String> SLEEPS = Map.of("postgresql", "SELECT pg_sleep(?)", "mariadb", "SELECT SLEEP(?)");

  private static final Map<String, DataSource> POOLS = new ConcurrentHashMap<>();
  private static final Map<String, String> DBS = new ConcurrentHashMap<>();
  private static final Map<String, CountDownLatch> RUNNING = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> FAILED = new ConcurrentHashMap<>();

  private PoolsApp() {}

  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
    server.createContext("/open", exchange -> answer(exchange, q -> {
      POOLS.put(q.get("name"), PoolFactory.open(q.get("lib"), URLS.get(q.get("db")), USERS.get(q.get("db")), q.get("name"),
          Integer.parseInt(q.get("size")), Integer.parseInt(q.get("timeout"))));
      DBS.put(q.get("name"), q.get("db"));
      return "ok";
    }));
    server.createContext("/slow", exchange -> answer(exchange, q -> start(q, () -> slowQuery(q.get("name"),
        Double.parseDouble(q.get("seconds"))))));
    server.createContext("/fast", exchange -> answer(exchange, q -> {
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(q.get("millis")));
      double seconds = Long.parseLong(q.get("query_ms")) / 1000.0;
      return start(q, () -> {
        while (System.nanoTime() < end) {
          slowQuery(q.get("name"), seconds);
        }
      });
    }));
    server.createContext("/await", exchange -> answer(exchange, q -> {
      RUNNING.remove(q.get("name")).await();
      return String.valueOf(FAILED.remove(q.get("name")).get());
    }));
    server.createContext("/timeout", exchange -> answer(exchange, q -> timeout(POOLS.get(q.get("name")))));
    server.createContext("/close", exchange -> answer(exchange, q -> {
      PoolFactory.close(POOLS.remove(q.get("name")));
      return "ok";
    }));
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    System.out.println("pools app ready");
  }

  private interface Work {
    void run() throws SQLException;
  }

  private static String start(Map<String, String> q, Work work) {
    String name = q.get("name");
    int threads = Integer.parseInt(q.get("threads"));
    CountDownLatch done = new CountDownLatch(threads);
    AtomicInteger failed = new AtomicInteger();
    RUNNING.put(name, done);
    FAILED.put(name, failed);
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          work.run();
        } catch (SQLException e) {
          failed.incrementAndGet();
          e.printStackTrace();
        } finally {
          done.countDown();
        }
      }, "load-" + name + "-" + i);
      t.start();
    }
    return "ok";
  }

  private static void slowQuery(String name, double seconds) throws SQLException {
    try (Connection c = POOLS.get(name).getConnection(); PreparedStatement s = c.prepareStatement(SLEEPS.get(DBS.get(name)))) {
      s.setDouble(1, seconds);
      s.execute();
    }
  }

  private static String timeout(DataSource pool) throws SQLException {
    try (Connection held = pool.getConnection()) {
      try (Connection second = pool.getConnection()) {
        return "no timeout";
      } catch (SQLException e) {
        return e.getClass().getName();
      }
    }
  }

  private interface Handler {
    String handle(Map<String, String> query) throws Exception;
  }

  private static void answer(HttpExchange exchange, Handler handler) throws IOException {
    Control.answer(exchange, () -> handler.handle(Control.query(exchange)));
  }
}
