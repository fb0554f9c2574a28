package io.obs.agent.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DbTargetTest {

  private static void assertTarget(DbSystem system, String namespace, String address, int port, DbTarget target) {
    assertEquals(system, target.system());
    assertEquals(namespace, target.namespace());
    assertEquals(address, target.address());
    assertEquals(port, target.port());
  }

  @Test
  void serverUrls() {
    assertTarget(DbSystem.POSTGRESQL, "test", "127.0.0.1", 5432,
        DbTarget.of(null, "jdbc:postgresql://127.0.0.1:5432/test?user=me&password=secret"));
    assertTarget(DbSystem.MARIADB, "shop", "db.internal", -1, DbTarget.of(null, "jdbc:mariadb://db.internal/shop"));
    assertTarget(DbSystem.MYSQL, "app", "primary", 3306,
        DbTarget.of(null, "jdbc:mysql://primary:3306,replica:3306/app"));
    assertTarget(DbSystem.H2, "~/test", "localhost", 9092, DbTarget.of(null, "jdbc:h2:tcp://localhost:9092/~/test"));
    assertTarget(DbSystem.SQL_SERVER, "orders", "sql1", 1433,
        DbTarget.of(null, "jdbc:sqlserver://sql1:1433;databaseName=orders;encrypt=true"));
  }

  @Test
  void credentialsInTheUrlNeverSurvive() {
    DbTarget target = DbTarget.of(null, "jdbc:postgresql://admin:s3cret@db:5433/app");
    assertTarget(DbSystem.POSTGRESQL, "app", "db", 5433, target);
  }

  @Test
  void embeddedUrlsHaveANamespaceOnly() {
    assertTarget(DbSystem.H2, "demo", null, -1, DbTarget.of(null, "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1"));
    assertTarget(DbSystem.H2, "data", null, -1, DbTarget.of(null, "jdbc:h2:file:/var/app/data"));
  }

  @Test
  void theDriversSystemWinsOverTheUrlAndNoUrlIsFine() {
    assertEquals(DbSystem.MARIADB, DbTarget.of(DbSystem.MARIADB, "jdbc:mysql://h/db").system());
    DbTarget none = DbTarget.of(DbSystem.POSTGRESQL, null);
    assertTarget(DbSystem.POSTGRESQL, null, null, -1, none);
    assertEquals(DbSystem.OTHER, DbTarget.of(null, "jdbc:weird:thing").system());
  }
}
