package io.obs.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The in-memory H2 database, reached the legacy way: DriverManager, a connection per request; or,
 * with {@code -Ddemo.pool=hikari}, through a HikariCP pool.
 */
final class Db {

  private static final String URL = "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1";
  private static final String USER = "sa";
  private static final String PASSWORD = "";
  /** Null: DriverManager. */
  private static final DataSource POOL = pool(System.getProperty("demo.pool", "none"));

  private Db() {}

  static Connection connect() throws SQLException {
    return POOL == null ? DriverManager.getConnection(URL, USER, PASSWORD) : POOL.getConnection();
  }

  private static DataSource pool(String kind) {
    if ("hikari".equals(kind)) {
      return DemoPool.open(URL, USER, PASSWORD);
    }
    if (!"none".equals(kind)) {
      System.err.println("obs-demo: demo.pool=" + kind + " is not none or hikari; using none (DriverManager)");
    }
    return null;
  }

  /** Creates and seeds {@code users} and {@code orders}. */
  static void init() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200) NOT NULL)");
      s.execute("INSERT INTO users VALUES (1, 'Ada', 'ada@example.com'), (2, 'Grace', 'grace@example.com'),"
          + " (3, 'Linus', 'linus@example.com')");
      s.execute("CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, user_id INT NOT NULL,"
          + " item VARCHAR(100) NOT NULL, qty INT NOT NULL)");
    }
  }

  /** A JSON string literal. */
  static String quote(String value) {
    StringBuilder json = new StringBuilder("\"");
    for (char ch : value.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        json.append('\\').append(ch);
      } else if (ch < 0x20) {
        json.append(String.format("\\u%04x", (int) ch));
      } else {
        json.append(ch);
      }
    }
    return json.append('"').toString();
  }
}
