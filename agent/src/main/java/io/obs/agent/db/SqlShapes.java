package io.obs.agent.db;

import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL text → {@link SqlShape}, so each distinct statement is scanned once. A hit is one lock-free
 * map read (String caches its hash). Bounded: an application that builds SQL with literals inside
 * would grow it forever, so past {@code capacity} entries it is emptied and refills with what is
 * in use now: cheaper than LRU bookkeeping on every hit, and the hot statements come back at once.
 */
public final class SqlShapes {

  private final ConcurrentHashMap<String, SqlShape> shapes = new ConcurrentHashMap<>();
  private final int capacity;

  public SqlShapes(int capacity) {
    this.capacity = capacity;
  }

  public SqlShape of(String sql) {
    if (sql == null) {
      return SqlShape.UNKNOWN;
    }
    SqlShape shape = shapes.get(sql);
    if (shape == null) {
      shape = SqlScanner.scan(sql).withQueryText(sql);
      if (shapes.size() >= capacity) {
        shapes.clear();
      }
      if (sql.length() <= SqlScanner.MAX_SCAN) { // never keep huge texts alive
        shapes.put(sql, shape);
      }
    }
    return shape;
  }

  int size() {
    return shapes.size();
  }
}
