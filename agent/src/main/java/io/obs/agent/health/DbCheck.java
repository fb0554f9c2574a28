package io.obs.agent.health;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Readiness {@code db}: DOWN when the last {@code obs.health.db.window} JDBC outcomes (statements
 * executed, connections opened or borrowed) all failed because the database could not be reached
 * (SQLState class 08, a JDBC connection exception, or a {@link ConnectException} cause); UP again
 * with the next outcome that reached it. Not reported at all until the application used JDBC. No
 * probe queries: it only reads what the application's own calls did.
 */
public final class DbCheck implements HealthCheck {

  private static final int MAX_CAUSES = 8;

  private final int window;
  private final AtomicInteger failuresInARow = new AtomicInteger();
  /** Written once: every JDBC call goes through {@link #outcome}, so no shared counter there. */
  private volatile boolean used;
  private volatile String lastError = "";

  public DbCheck(int window) {
    this.window = window;
  }

  @Override
  public String name() {
    return "db";
  }

  @Override
  public Kind kind() {
    return Kind.READINESS;
  }

  @Override
  public boolean reported() {
    return used;
  }

  /** One JDBC outcome; {@code error} null when the call succeeded. */
  public void outcome(Throwable error) {
    if (!used) {
      used = true;
    }
    if (error != null && unreachable(error)) {
      lastError = error.getClass().getName();
      failuresInARow.incrementAndGet();
    } else if (failuresInARow.get() != 0) {
      failuresInARow.set(0);
    }
  }

  @Override
  public HealthResult check() {
    int failures = failuresInARow.get();
    HealthResult result = HealthResult.of(failures < window)
        .with("connection_failures_in_a_row", failures)
        .with("window", window);
    return failures == 0 ? result : result.with("last_error", lastError);
  }

  /** Whether the failure says the database was not reached, rather than that it refused the statement. */
  static boolean unreachable(Throwable error) {
    Throwable t = error;
    for (int i = 0; i < MAX_CAUSES && t != null; i++) {
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException) {
        String state = ((SQLException) t).getSQLState();
        if (state != null && state.startsWith("08")) {
          return true;
        }
      }
      t = t.getCause();
    }
    return false;
  }
}
