package io.obs.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/** One {@code PreparedStatement.executeQuery} of a trivial SELECT on H2 in memory, row read, result set closed. */
public abstract class JdbcBenchmark extends PerCall {

  private Connection connection;
  private PreparedStatement select;

  @Setup
  public void open() throws SQLException, InterruptedException {
    Agent.awaitStarted(); // before the statement is prepared, so the agent sees its SQL
    connection = DriverManager.getConnection("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "sa", "");
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS users (id INT PRIMARY KEY, name VARCHAR(64))");
      s.execute("MERGE INTO users KEY (id) VALUES (1, 'ada')");
    }
    select = connection.prepareStatement("SELECT name FROM users WHERE id = ?");
  }

  @TearDown
  public void close() throws SQLException {
    select.close();
    connection.close();
    Agent.printCounts("db_client_operation_duration_seconds_count");
  }

  @Benchmark
  public String executeQuery() throws SQLException {
    select.setInt(1, 1);
    try (ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** The JVM as it is. */
  @Fork(1)
  public static class NoAgent extends JdbcBenchmark {}

  /** Under the agent, measured once its weaving is in place. */
  @Fork(value = 1, jvmArgsAppend = {Agent.JAVAAGENT, Agent.SETTINGS})
  public static class WithAgent extends JdbcBenchmark {}
}
