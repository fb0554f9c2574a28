package io.obs.it.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One run against one database and one table: DDL, then from many threads at once a prepared
 * INSERT, a prepared SELECT and a plain-statement UPDATE per round, then a batch, a syntax error
 * and a duplicate key. Returns what the agent should have counted, as
 * "operation|collection|error_type" → executions.
 */
final class Workload {

  /** Where connections come from: a pool, or the driver each time a thread starts. */
  interface Connections {
    Connection get() throws SQLException;
  }

  private final Connections connections;
  private final String table;

  Workload(Connections connections, String table) {
    this.connections = connections;
    this.table = table;
  }

  Map<String, Long> run(int threads, int rounds, boolean borrowPerRound) throws Exception {
    Map<String, Long> expected = new TreeMap<>();
    try (Connection c = connections.get(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
      s.execute("CREATE TABLE " + table + " (id INT PRIMARY KEY, name VARCHAR(64))");
    }
    expected.put("DROP|" + table + "|", 1L);
    expected.put("CREATE|" + table + "|", 1L);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Void>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t * rounds;
      Callable<Void> task = () -> {
        go.await();
        Connection held = borrowPerRound ? null : connections.get();
        try {
          for (int id = first; id < first + rounds; id++) {
            Connection c = held != null ? held : connections.get();
            try {
              round(c, id);
            } finally {
              if (held == null) {
                c.close();
              }
            }
          }
        } finally {
          if (held != null) {
            held.close();
          }
        }
        return null;
      };
      done.add(pool.submit(task));
    }
    go.countDown();
    for (Future<Void> f : done) {
      f.get();
    }
    pool.shutdown();
    long n = (long) threads * rounds;
    expected.put("INSERT|" + table + "|", n);
    expected.put("SELECT|" + table + "|", n);
    expected.put("UPDATE|" + table + "|", n);
    try (Connection c = connections.get()) {
      failures(c, expected);
    }
    return expected;
  }

  private void round(Connection c, int id) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (id, name) VALUES (?, ?)")) {
      insert.setInt(1, id);
      insert.setString(2, "n" + id);
      insert.executeUpdate();
    }
    try (PreparedStatement select = c.prepareStatement("SELECT name FROM " + table + " WHERE id = ?")) {
      select.setInt(1, id);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("row " + id + " missing");
        }
      }
    }
    try (Statement update = c.createStatement()) {
      update.executeUpdate("UPDATE " + table + " SET name = 'u" + id + "' WHERE id = " + id);
    }
  }

  /** A batch counted once, a syntax error, a constraint violation. */
  private void failures(Connection c, Map<String, Long> expected) throws SQLException {
    try (PreparedStatement batch = c.prepareStatement("INSERT INTO " + table + " (id, name) VALUES (?, ?)")) {
      for (int i = 0; i < 5; i++) {
        batch.setInt(1, -1 - i);
        batch.setString(2, "batch");
        batch.addBatch();
      }
      batch.executeBatch();
    }
    expected.put("BATCH INSERT|" + table + "|", 1L);
    try (Statement s = c.createStatement()) {
      s.executeQuery("SELECT name FROM " + table + " WHERE");
      throw new IllegalStateException("syntax error not reported");
    } catch (SQLException e) {
      expected.put("SELECT|" + table + "|" + e.getClass().getName(), 1L);
    }
    try (PreparedStatement dup = c.prepareStatement("INSERT INTO " + table + " (id, name) VALUES (?, ?)")) {
      dup.setInt(1, 0);
      dup.setString(2, "dup");
      dup.executeUpdate();
      throw new IllegalStateException("duplicate key not reported");
    } catch (SQLException e) {
      expected.put("INSERT|" + table + "|" + e.getClass().getName(), 1L);
    }
  }
}
