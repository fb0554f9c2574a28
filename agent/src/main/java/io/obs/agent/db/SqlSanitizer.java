package io.obs.agent.db;

/**
 * SQL text safe for spans and logs ({@code db.query.text}): every literal becomes {@code ?}
 * (strings with doubled or backslash-escaped quotes, PostgreSQL dollar quotes, {@code X'..'}-style
 * prefixed strings, numbers with sign, fraction, exponent or hex digits), {@code IN (?, ?, ?)}
 * collapses to {@code IN (?)}, comments go, runs of white space become one space. Identifiers,
 * quoted ones included, keywords and parameters ({@code ?}, {@code $1}, {@code :name}) stay. Work
 * is bounded: past {@value #MAX_INPUT} characters the text is cut and ends in {@code ...}. When in
 * doubt it hides more: an unterminated string hides the rest of the text.
 */
public final class SqlSanitizer {

  static final int MAX_INPUT = 32_768;

  private SqlSanitizer() {}

  public static String sanitize(String sql) {
    if (sql == null) {
      return null;
    }
    int end = Math.min(sql.length(), MAX_INPUT);
    StringBuilder out = new StringBuilder(end);
    int i = 0;
    boolean afterIn = false;
    while (i < end) {
      char c = sql.charAt(i);
      int next;
      if (Character.isWhitespace(c) || SqlLexer.isComment(sql, i, end)) {
        next = SqlLexer.skipSpace(sql, i, end);
        space(out);
        i = next;
        continue;
      }
      if (c == '(' && afterIn && (next = endOfLiteralList(sql, i + 1, end)) > 0) {
        out.append("(?)");
      } else if ((next = endOfLiteral(sql, i, end, previous(out), last(out))) > 0) {
        out.append('?');
      } else if (SqlLexer.isWordStart(c)) {
        next = SqlLexer.endOfWord(sql, i, end);
        out.append(sql, i, next);
      } else if (c == '"' || c == '`' || c == '[') {
        next = SqlLexer.endOfQuoted(sql, i, end);
        out.append(sql, i, next);
      } else {
        next = i + 1;
        out.append(c);
      }
      afterIn = next - i == 2 && SqlLexer.is(sql, i, next, "IN");
      i = next;
    }
    int length = out.length();
    if (length > 0 && out.charAt(length - 1) == ' ') {
      out.setLength(length - 1);
    }
    return end < sql.length() ? out.append("...").toString() : out.toString();
  }

  /**
   * The end of the literal starting at {@code i}, or -1. {@code previous} is the last character
   * written but a space, which tells a sign ({@code = -1}) from a subtraction ({@code a -1});
   * {@code last} the very last, which tells a number from a parameter's ({@code $1}, {@code :1}).
   */
  static int endOfLiteral(String sql, int i, int end, char previous, char last) {
    char c = sql.charAt(i);
    if (c == '\'') {
      return SqlLexer.endOfQuoted(sql, i, end);
    }
    if (c == '$') {
      return SqlLexer.endOfDollarQuote(sql, i, end);
    }
    if (i + 1 < end && sql.charAt(i + 1) == '\'' && "xXbBnNeEuU".indexOf(c) >= 0 && !SqlLexer.isWordPart(previous)) {
      return SqlLexer.endOfQuoted(sql, i + 1, end);
    }
    boolean signed = (c == '-' || c == '+') && !operand(previous);
    int start = signed ? SqlLexer.skipSpace(sql, i + 1, end) : i;
    if (start >= end || SqlLexer.isWordPart(last) || last == ':') {
      return -1;
    }
    return endOfNumber(sql, start, end);
  }

  /** After these a sign is an operator, not part of a number. */
  private static boolean operand(char previous) {
    return SqlLexer.isWordPart(previous) || previous == ')' || previous == '?' || previous == '"' || previous == '`'
        || previous == ']';
  }

  private static int endOfNumber(String sql, int i, int end) {
    char c = sql.charAt(i);
    boolean fraction = c == '.' && i + 1 < end && Character.isDigit(sql.charAt(i + 1));
    if (!Character.isDigit(c) && !fraction) {
      return -1;
    }
    if (c == '0' && i + 2 < end && (sql.charAt(i + 1) == 'x' || sql.charAt(i + 1) == 'X')) {
      int j = i + 2;
      while (j < end && Character.digit(sql.charAt(j), 16) >= 0) {
        j++;
      }
      return j;
    }
    int j = i;
    while (j < end && (Character.isDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
      j++;
    }
    if (j < end && (sql.charAt(j) == 'e' || sql.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < end && (sql.charAt(k) == '+' || sql.charAt(k) == '-')) {
        k++;
      }
      if (k < end && Character.isDigit(sql.charAt(k))) {
        j = k;
        while (j < end && Character.isDigit(sql.charAt(j))) {
          j++;
        }
      }
    }
    return j < end && SqlLexer.isWordPart(sql.charAt(j)) ? -1 : j;
  }

  /** After {@code IN (}: the index after {@code )} when only literals and commas are inside, else -1. */
  private static int endOfLiteralList(String sql, int i, int end) {
    boolean any = false;
    char previous = '(';
    while (i < end) {
      i = SqlLexer.skipSpace(sql, i, end);
      if (i >= end) {
        return -1;
      }
      char c = sql.charAt(i);
      if (c == ')') {
        return any ? i + 1 : -1;
      }
      int next = c == ',' || c == '?' ? i + 1 : endOfLiteral(sql, i, end, previous, previous);
      if (next < 0) {
        return -1;
      }
      any |= c != ',';
      previous = c == ',' ? ',' : '?';
      i = next;
    }
    return -1;
  }

  private static char previous(StringBuilder out) {
    int n = out.length();
    if (n == 0) {
      return ' ';
    }
    char last = out.charAt(n - 1);
    return last == ' ' && n > 1 ? out.charAt(n - 2) : last;
  }

  private static char last(StringBuilder out) {
    return out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
  }

  private static void space(StringBuilder out) {
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) != ' ') {
      out.append(' ');
    }
  }
}
