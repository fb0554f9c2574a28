package io.obs.agent.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SqlScannerTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
    "SELECT * FROM users WHERE id = ?                         | SELECT   | users",
    "select u.name from public.users u join orders o on 1=1   | SELECT   | public.users",
    "SELECT a, (SELECT max(x) FROM inner_t) FROM outer_t      | SELECT   | outer_t",
    "SELECT EXTRACT(YEAR FROM d) AS y FROM events             | SELECT   | events",
    "SELECT * FROM (SELECT 1) AS sub                          | SELECT   | ~~",
    "SELECT 1                                                 | SELECT   | ~~",
    "  /* hint */ -- line\\n SELECT 'FROM x' FROM \"Order\"    | SELECT   | Order",
    "SELECT * FROM `shop`.`items`                             | SELECT   | shop.items",
    "SELECT * FROM [dbo].[Items]                              | SELECT   | dbo.Items",
    "(SELECT * FROM a) UNION (SELECT * FROM b)                | SELECT   | a",
    "INSERT INTO orders (id, total) VALUES (?, ?)             | INSERT   | orders",
    "insert ignore into logs values (1)                       | INSERT   | logs",
    "INSERT OR REPLACE INTO kv VALUES (1, 2)                  | INSERT   | kv",
    "UPDATE accounts SET balance = balance - 1                | UPDATE   | accounts",
    "UPDATE LOW_PRIORITY t SET a = 1                          | UPDATE   | t",
    "DELETE FROM sessions WHERE expires < now()               | DELETE   | sessions",
    "MERGE INTO stock s USING delta d ON s.id = d.id          | MERGE    | stock",
    "CREATE TABLE IF NOT EXISTS users (id INT)                | CREATE   | users",
    "create temporary table tmp_x (id int)                    | CREATE   | tmp_x",
    "CREATE INDEX idx ON users (name)                         | CREATE   | ~~",
    "DROP TABLE IF EXISTS users                               | DROP     | users",
    "ALTER TABLE ONLY users ADD COLUMN x INT                  | ALTER    | users",
    "TRUNCATE TABLE audit                                     | TRUNCATE | audit",
    "TRUNCATE audit                                           | TRUNCATE | audit",
    "{call do_it(?)}                                          | ~~       | ~~",
    "CALL do_it(?)                                            | CALL     | ~~",
    "WITH recent AS (SELECT * FROM orders) SELECT * FROM recent | SELECT | recent",
    "WITH x AS (SELECT 1) DELETE FROM t WHERE id IN (SELECT * FROM x) | DELETE | t",
    "COMMIT                                                   | COMMIT   | ~~",
    "frobnicate the database                                  | ~~       | ~~",
    "~~                                                       | ~~       | ~~",
  })
  void operationAndCollection(String sql, String operation, String collection) {
    SqlShape shape = SqlScanner.scan(sql.replace("\\n", "\n"));
    assertEquals(operation, shape.operation(), "operation");
    assertEquals(collection, shape.collection(), "collection");
  }

  @Test
  void nullIsUnknown() {
    assertSame(SqlShape.UNKNOWN, SqlScanner.scan(null));
  }

  @Test
  void workIsBoundedOnEnormousSql() {
    String columns = "a, ".repeat(20_000);
    assertEquals("", SqlScanner.scan("SELECT " + columns + "b FROM t").collection());
    assertEquals("SELECT", SqlScanner.scan("SELECT " + columns + "b FROM t").operation());
    assertEquals("", SqlScanner.scan("SELECT * FROM " + "x".repeat(1000)).collection());
  }

  @Test
  void batchesAreNamedAfterTheirOperation() {
    assertEquals("BATCH INSERT orders", SqlScanner.scan("insert into orders values (?)").batch().toString());
    assertEquals("BATCH", SqlShape.UNKNOWN.batch().toString());
    SqlShape shape = SqlScanner.scan("DELETE FROM t");
    assertSame(shape.batch(), shape.batch());
  }

  @Test
  void shapesCacheIsBounded() {
    SqlShapes shapes = new SqlShapes(10);
    for (int i = 0; i < 100; i++) {
      assertEquals("t" + i, shapes.of("SELECT * FROM t" + i + " WHERE id = " + i).collection());
    }
    assertEquals(true, shapes.size() <= 10);
    SqlShape first = shapes.of("SELECT 1");
    assertSame(first, shapes.of("SELECT 1"));
  }
}
