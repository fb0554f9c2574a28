package io.obs.agent.redact;

/**
 * Secrets named by a sensitive key in free text: {@code password=hunter2} (in a query, SQL, an
 * exception message), {@code "token": "abc"} (JSON), {@code Cookie: a=1; b=2} (a header dump). A
 * quoted value goes up to its closing quote (all the rest when there is none); an unquoted one after
 * {@code key:} to the end of the line, as a header's; else up to white space or one of
 * {@code & , ; ) ] } " ' < >}, or further when a card number or IBAN goes on there. A {@code ?}
 * parameter (sanitised SQL) stays.
 */
final class KeyValues {

  private static final int MAX_KEY = 64;
  private static final String ENDS_VALUE = "&,;)]}\"'<>";

  private KeyValues() {}

  /**
   * The value after the {@code =} or {@code :} at {@code separator} when the key before it is
   * sensitive, or {@link Range#NONE}; the key starts at {@code from} or later.
   */
  static long sensitiveValue(String s, int separator, int from, SensitiveKeys keys) {
    boolean colon = s.charAt(separator) == ':';
    if (!colon && separator + 1 < s.length() && s.charAt(separator + 1) == '=') {
      return Range.NONE;
    }
    long key = keyBefore(s, separator, from);
    if (key == Range.NONE || !keys.matches(s, Range.start(key), Range.end(key))) {
      return Range.NONE;
    }
    boolean quotedKey = quote(s.charAt(Range.end(key)));
    return value(s, Chars.skipSpaces(s, separator + 1), colon && !quotedKey);
  }

  /** The key before the separator: a run of letters, digits, {@code _ - .}, maybe quoted, maybe followed by spaces. */
  private static long keyBefore(String s, int separator, int from) {
    int end = separator;
    while (end > from && s.charAt(end - 1) == ' ') {
      end--;
    }
    boolean quoted = end > from && quote(s.charAt(end - 1));
    if (quoted) {
      end--;
    }
    int start = end;
    while (start > from && end - start < MAX_KEY && keyPart(s.charAt(start - 1))) {
      start--;
    }
    boolean opened = !quoted || (start > from && s.charAt(start - 1) == s.charAt(end));
    return start < end && opened ? Range.of(start, end) : Range.NONE;
  }

  private static long value(String s, int start, boolean header) {
    if (start == s.length()) {
      return Range.NONE;
    }
    char first = s.charAt(start);
    if (quote(first)) {
      return unlessHarmless(s, start + 1, closingQuote(s, start + 1, first));
    }
    int end = start;
    while (end < s.length() && (header ? !lineBreak(s.charAt(end)) : !endsValue(s.charAt(end)))) {
      end++;
    }
    if (!header) {
      end = Math.max(end, Math.max(Range.end(CardNumbers.find(s, start)), Range.end(Ibans.find(s, start))));
    }
    return unlessHarmless(s, start, end);
  }

  private static long unlessHarmless(String s, int start, int end) {
    boolean harmless = end == start || (end == start + 1 && s.charAt(start) == '?');
    return harmless ? Range.NONE : Range.of(start, end);
  }

  /** The closing quote: a backslash escapes, a doubled quote is one quote; the end of the text when there is none. */
  private static int closingQuote(String s, int i, char quote) {
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
          i++;
        } else {
          return i;
        }
      }
    }
    return s.length();
  }

  private static boolean quote(char c) {
    return c == '"' || c == '\'';
  }

  private static boolean keyPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
  }

  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean endsValue(char c) {
    return Character.isWhitespace(c) || ENDS_VALUE.indexOf(c) >= 0;
  }
}
