package io.obs.agent.db;

/**
 * Finds {@code db.operation.name} (the statement's verb) and {@code db.collection.name} (the first
 * table it names) in SQL text, by a hand-written scan of at most {@value #MAX_SCAN} characters.
 * Verbs outside a fixed list are unknown, so the label stays bounded whatever the SQL.
 */
public final class SqlScanner {

  static final int MAX_SCAN = 16_384;
  private static final int MAX_NAME = 128;

  private static final String[] OPERATIONS = {
    "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "REPLACE", "CALL", "EXEC", "EXECUTE", "VALUES",
    "CREATE", "DROP", "ALTER", "TRUNCATE", "RENAME", "COMMENT", "GRANT", "REVOKE", "SET", "SHOW", "DESCRIBE",
    "EXPLAIN", "ANALYZE", "VACUUM", "COPY", "LOCK", "BEGIN", "START", "COMMIT", "ROLLBACK", "SAVEPOINT",
    "RELEASE", "USE", "DO", "WITH"
  };

  private SqlScanner() {}

  public static SqlShape scan(String sql) {
    if (sql == null) {
      return SqlShape.UNKNOWN;
    }
    int end = Math.min(sql.length(), MAX_SCAN);
    int i = skipSpaceAndParens(sql, 0, end);
    int j = SqlLexer.endOfWord(sql, i, end);
    String operation = operation(sql, i, j);
    if (operation == null) {
      return SqlShape.UNKNOWN;
    }
    if (operation.equals("WITH")) { // the CTEs are in parentheses: the first verb outside them is the statement's
      i = nextWordAtDepthZero(sql, j, end, "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE");
      if (i < 0) {
        return new SqlShape("SELECT", null);
      }
      j = SqlLexer.endOfWord(sql, i, end);
      operation = operation(sql, i, j);
    }
    return new SqlShape(operation, collection(operation, sql, j, end));
  }

  private static String collection(String operation, String sql, int i, int end) {
    switch (operation) {
      case "SELECT":
        int from = nextWordAtDepthZero(sql, i, end, "FROM");
        return from < 0 ? null : name(sql, from + 4, end);
      case "INSERT":
      case "REPLACE":
      case "UPSERT":
      case "MERGE":
        return nameAfter(sql, i, end, "INTO", 4);
      case "DELETE":
        return nameAfter(sql, i, end, "FROM", 3);
      case "UPDATE":
        return name(sql, skipWords(sql, i, end, "LOW_PRIORITY", "IGNORE", "ONLY"), end);
      case "CREATE":
      case "DROP":
      case "ALTER":
      case "TRUNCATE":
        return nameAfter(sql, i, end, "TABLE", operation.equals("TRUNCATE") ? 0 : 3);
      default:
        return null;
    }
  }

  /**
   * The name after {@code keyword} when it comes within {@code maxWordsBefore} words; with
   * {@code maxWordsBefore} 0 the keyword is optional (TRUNCATE [TABLE] t).
   */
  private static String nameAfter(String sql, int i, int end, String keyword, int maxWordsBefore) {
    for (int word = 0; word <= maxWordsBefore; word++) {
      i = SqlLexer.skipSpace(sql, i, end);
      int j = SqlLexer.endOfWord(sql, i, end);
      if (j == i) {
        return null;
      }
      if (SqlLexer.is(sql, i, j, keyword)) {
        return name(sql, skipWords(sql, j, end, "IF", "NOT", "EXISTS", "ONLY", "TEMPORARY", "TEMP"), end);
      }
      if (maxWordsBefore == 0) {
        return name(sql, i, end);
      }
      i = j;
    }
    return null;
  }

  private static int skipWords(String sql, int i, int end, String... words) {
    while (true) {
      i = SqlLexer.skipSpace(sql, i, end);
      int j = SqlLexer.endOfWord(sql, i, end);
      boolean skipped = false;
      for (String w : words) {
        skipped |= SqlLexer.is(sql, i, j, w);
      }
      if (!skipped) {
        return i;
      }
      i = j;
    }
  }

  /** A possibly qualified, possibly quoted name ({@code app."Order"} → {@code app.Order}); null if none. */
  static String name(String sql, int i, int end) {
    i = SqlLexer.skipSpace(sql, i, end);
    int start = i;
    boolean quoted = false;
    while (i < end) {
      char c = sql.charAt(i);
      int j;
      if (SqlLexer.isQuote(c) && c != '\'' || c == '[') {
        j = SqlLexer.endOfQuoted(sql, i, end);
        quoted = true;
      } else if (SqlLexer.isWordStart(c)) {
        j = SqlLexer.endOfWord(sql, i, end);
      } else {
        break;
      }
      i = j;
      if (i < end && sql.charAt(i) == '.') {
        i++;
      } else {
        break;
      }
    }
    if (i == start || i - start > MAX_NAME) {
      return null;
    }
    return quoted ? unquote(sql, start, i) : sql.substring(start, i);
  }

  private static String unquote(String sql, int start, int end) {
    StringBuilder name = new StringBuilder(end - start);
    for (int k = start; k < end; k++) {
      char c = sql.charAt(k);
      if (c != '"' && c != '`' && c != '[' && c != ']') {
        name.append(c);
      }
    }
    return name.toString();
  }

  /** Index of the first of {@code words} outside parentheses, quotes and comments, or -1. */
  private static int nextWordAtDepthZero(String sql, int i, int end, String... words) {
    int depth = 0;
    while (i < end) {
      i = SqlLexer.skipSpace(sql, i, end);
      if (i >= end) {
        break;
      }
      char c = sql.charAt(i);
      if (c == '(') {
        depth++;
        i++;
      } else if (c == ')') {
        depth--;
        i++;
      } else if (SqlLexer.isQuote(c) || c == '[') {
        i = SqlLexer.endOfQuoted(sql, i, end);
      } else if (c == '$' && SqlLexer.endOfDollarQuote(sql, i, end) > 0) {
        i = SqlLexer.endOfDollarQuote(sql, i, end);
      } else if (SqlLexer.isWordStart(c)) {
        int j = SqlLexer.endOfWord(sql, i, end);
        for (String w : words) {
          if (depth == 0 && SqlLexer.is(sql, i, j, w)) {
            return i;
          }
        }
        i = j;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static int skipSpaceAndParens(String sql, int i, int end) {
    i = SqlLexer.skipSpace(sql, i, end);
    while (i < end && sql.charAt(i) == '(') {
      i = SqlLexer.skipSpace(sql, i + 1, end);
    }
    return i;
  }

  /** The canonical constant for the verb {@code sql[i, j)}, or null. */
  private static String operation(String sql, int i, int j) {
    for (String op : OPERATIONS) {
      if (SqlLexer.is(sql, i, j, op)) {
        return op;
      }
    }
    return null;
  }
}
