package io.obs.agent.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DbCheckTest {

  private static final SQLException REFUSED = new SQLException("Connection refused", "08001");
  private static final SQLException SYNTAX = new SQLSyntaxErrorException("syntax error", "42601");

  @Test
  void notReportedUntilJdbcIsUsed() {
    DbCheck check = new DbCheck(3);
    assertFalse(check.reported());
    check.outcome(null);
    assertTrue(check.reported());
    assertTrue(check.check().isUp());
  }

  @Test
  void downAfterAWindowOfConnectionFailuresUpAtTheNextSuccess() {
    DbCheck check = new DbCheck(3);
    check.outcome(REFUSED);
    check.outcome(REFUSED);
    assertTrue(check.check().isUp());
    check.outcome(REFUSED);
    HealthResult down = check.check();
    assertFalse(down.isUp());
    assertEquals(3, down.data().get("connection_failures_in_a_row"));
    assertEquals("java.sql.SQLException", down.data().get("last_error"));
    check.outcome(REFUSED);
    assertFalse(check.check().isUp());
    check.outcome(null);
    assertTrue(check.check().isUp());
  }

  @Test
  void errorsFromADatabaseThatAnsweredBreakTheStreak() {
    DbCheck check = new DbCheck(2);
    check.outcome(REFUSED);
    check.outcome(SYNTAX);
    check.outcome(REFUSED);
    assertTrue(check.check().isUp());
  }

  @Test
  void connectionClassErrors() {
    assertTrue(DbCheck.unreachable(REFUSED));
    assertTrue(DbCheck.unreachable(new SQLTransientConnectionException("pool timeout")));
    assertTrue(DbCheck.unreachable(new SQLException("wrapped", null, new ConnectException("refused"))));
    assertTrue(DbCheck.unreachable(new RuntimeException(new ConnectException("refused"))));
    assertFalse(DbCheck.unreachable(SYNTAX));
    assertFalse(DbCheck.unreachable(new SQLException("duplicate key", "23505")));
    assertFalse(DbCheck.unreachable(new SQLException("no state")));
  }
}
