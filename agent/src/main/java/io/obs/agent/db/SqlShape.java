package io.obs.agent.db;

/**
 * What the metrics need of one SQL text: {@code db.operation.name} and {@code db.collection.name},
 * each "" when unknown. Immutable, hash precomputed: it is a map key on the hot path.
 */
public final class SqlShape {

  /** Nothing known: a statement whose SQL was never seen. */
  public static final SqlShape UNKNOWN = new SqlShape("", "");

  private final String operation;
  private final String collection;
  /** The sanitised SQL ({@code db.query.text}); not part of equality, as metrics never see it. */
  private final String queryText;
  private final int hash;
  private volatile SqlShape batch;

  public SqlShape(String operation, String collection) {
    this(operation, collection, null);
  }

  private SqlShape(String operation, String collection, String queryText) {
    this.operation = operation == null ? "" : operation;
    this.collection = collection == null ? "" : collection;
    this.queryText = queryText;
    this.hash = this.operation.hashCode() * 31 + this.collection.hashCode();
  }

  public String operation() {
    return operation;
  }

  public String collection() {
    return collection;
  }

  /** The sanitised SQL, or null when the SQL is unknown. */
  public String queryText() {
    return queryText;
  }

  /** This shape with the sanitised form of {@code sql}. */
  SqlShape withQueryText(String sql) {
    return new SqlShape(operation, collection, SqlSanitizer.sanitize(sql));
  }

  /**
   * The shape of a batch of this statement: {@code BATCH INSERT} on the same collection, as the
   * semantic conventions name batches of one operation; just {@code BATCH} when the SQL is unknown
   * (a plain statement's batch can mix operations).
   */
  public SqlShape batch() {
    SqlShape b = batch;
    if (b == null) {
      b = operation.isEmpty() ? new SqlShape("BATCH", "", queryText)
          : new SqlShape("BATCH " + operation, collection, queryText);
      batch = b;
    }
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SqlShape)) {
      return false;
    }
    SqlShape other = (SqlShape) o;
    return hash == other.hash && operation.equals(other.operation) && collection.equals(other.collection);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return (operation + " " + collection).trim();
  }
}
