package io.obs.agent.redact;

/** Character classes the finders share. */
final class Chars {

  /** Where a secret, or the separator before a sensitive value, can start: the only places a finder runs. */
  private static final boolean[] MAY_START = new boolean[128];

  static {
    for (char c : "0123456789@:=ebABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
      MAY_START[c] = true;
    }
  }

  private Chars() {}

  static boolean mayStartSecret(char c) {
    return c < 128 && MAY_START[c];
  }

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean upperOrDigit(char c) {
    return upper(c) || digit(c);
  }

  /** ASCII letter or digit. */
  static boolean alnum(char c) {
    return digit(c) || upper(c) || (c >= 'a' && c <= 'z');
  }

  /** Whether a word (letters, digits, {@code _}) goes on at {@code i}, so nothing found may end there. */
  static boolean wordAt(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Whether a word goes on before {@code i}, so nothing found may start there. */
  static boolean wordBefore(String s, int i) {
    return wordAt(s, i - 1);
  }

  static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
