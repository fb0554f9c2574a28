package io.obs.agent.db;

/**
 * The few lexical rules the SQL scanner and sanitizer share: white space and comments, quoted
 * strings and identifiers, PostgreSQL dollar quotes, words. Each method takes the index of a
 * character and returns the index just after the construct that starts there; none allocates.
 */
final class SqlLexer {

  private SqlLexer() {}

  /** Skips white space, {@code -- line} and {@code /* block *}{@code /} comments. */
  static int skipSpace(String s, int i, int end) {
    while (i < end) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < end && s.charAt(i + 1) == '-') {
        int eol = s.indexOf('\n', i);
        i = eol < 0 || eol > end ? end : eol + 1;
      } else if (c == '/' && i + 1 < end && s.charAt(i + 1) == '*') {
        int close = s.indexOf("*/", i + 2);
        i = close < 0 || close + 2 > end ? end : close + 2;
      } else {
        return i;
      }
    }
    return end;
  }

  static boolean isComment(String s, int i, int end) {
    if (i + 1 >= end) {
      return false;
    }
    char c = s.charAt(i);
    char d = s.charAt(i + 1);
    return (c == '-' && d == '-') || (c == '/' && d == '*');
  }

  /**
   * The end of a quoted construct starting at {@code i}: {@code 'string'}, {@code "ident"},
   * {@code `ident`} or {@code [ident]}. A doubled quote stays inside; in single-quoted strings so
   * does a backslash-escaped one (MySQL, PostgreSQL E''). Unterminated: the end of the text, so a
   * sanitizer never lets a literal through.
   */
  static int endOfQuoted(String s, int i, int end) {
    char open = s.charAt(i);
    char close = open == '[' ? ']' : open;
    for (int j = i + 1; j < end; j++) {
      char c = s.charAt(j);
      if (c == '\\' && open == '\'') {
        j++;
      } else if (c == close) {
        if (j + 1 < end && s.charAt(j + 1) == close && open != '[') {
          j++;
        } else {
          return j + 1;
        }
      }
    }
    return end;
  }

  static boolean isQuote(char c) {
    return c == '\'' || c == '"' || c == '`';
  }

  /** The end of a dollar-quoted string ({@code $$..$$}, {@code $tag$..$tag$}), or -1 if none starts here. */
  static int endOfDollarQuote(String s, int i, int end) {
    int tagEnd = i + 1;
    while (tagEnd < end && isTagChar(s.charAt(tagEnd))) {
      tagEnd++;
    }
    if (tagEnd >= end || s.charAt(tagEnd) != '$' || (tagEnd > i + 1 && Character.isDigit(s.charAt(i + 1)))) {
      return -1;
    }
    int tagLength = tagEnd + 1 - i;
    for (int j = tagEnd + 1; j + tagLength <= end; j++) {
      if (s.charAt(j) == '$' && s.regionMatches(j, s, i, tagLength)) {
        return j + tagLength;
      }
    }
    return end;
  }

  private static boolean isTagChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#' || c == '@';
  }

  static int endOfWord(String s, int i, int end) {
    while (i < end && isWordPart(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether {@code s[i, j)} is the keyword {@code upper}, ignoring case. */
  static boolean is(String s, int i, int j, String upper) {
    return j - i == upper.length() && s.regionMatches(true, i, upper, 0, j - i);
  }
}
