package io.obs.agent.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DbSystemTest {

  @ParameterizedTest
  @CsvSource({
    "org.postgresql.jdbc.PgConnection, postgresql",
    "org.mariadb.jdbc.Connection, mariadb",
    "com.mysql.cj.jdbc.ConnectionImpl, mysql",
    "org.h2.jdbc.JdbcConnection, h2database",
    "oracle.jdbc.driver.T4CConnection, oracle",
    "com.microsoft.sqlserver.jdbc.SQLServerConnection, microsoft.sql_server",
    "org.hsqldb.jdbc.JDBCConnection, hsqldb",
    "org.apache.derby.impl.jdbc.EmbedConnection, derby",
    "org.sqlite.jdbc4.JDBC4Connection, sqlite",
  })
  void driverClasses(String className, String label) {
    assertEquals(label, DbSystem.fromClassName(className).label());
  }

  @Test
  void proxiesAreNotGuessedFromTheirClass() {
    assertNull(DbSystem.fromClassName("com.zaxxer.hikari.pool.HikariProxyConnection"));
    assertNull(DbSystem.fromClassName("com.sun.proxy.$Proxy12"));
    assertNull(DbSystem.fromClassName(null));
  }

  @ParameterizedTest
  @CsvSource({
    "jdbc:postgresql://127.0.0.1:5432/test, postgresql",
    "JDBC:MariaDB://db/test, mariadb",
    "jdbc:mysql://db:3306/test, mysql",
    "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1, h2database",
    "jdbc:oracle:thin:@db:1521:xe, oracle",
    "jdbc:sqlserver://db;databaseName=x, microsoft.sql_server",
    "jdbc:hsqldb:mem:x, hsqldb",
    "jdbc:derby:memory:x;create=true, derby",
    "jdbc:sqlite::memory:, sqlite",
    "jdbc:p6spy:postgresql://db/x, postgresql",
    "jdbc:log4jdbc:mysql://db/x, mysql",
    "jdbc:db2://db:50000/x, other_sql",
    "not a url, other_sql",
  })
  void urls(String url, String label) {
    assertEquals(label, DbSystem.fromUrl(url).label());
  }

  @Test
  void noUrlIsOther() {
    assertEquals(DbSystem.OTHER, DbSystem.fromUrl(null));
  }
}
