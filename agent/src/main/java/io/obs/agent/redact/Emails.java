package io.obs.agent.redact;

/**
 * E-mail addresses: a local part of letters, digits and {@code . _ % + -}, then {@code @}, then a
 * domain of two or more labels whose last is at least two letters ({@code java.lang.Object@1b6d3586}
 * and {@code @Override} are no addresses).
 */
final class Emails {

  private static final int MAX_LOCAL_PART = 64;

  private Emails() {}

  /** The address around the {@code @} at {@code at}, starting at {@code from} or later; or {@link Range#NONE}. */
  static long find(String s, int at, int from) {
    int start = at;
    while (start > from && at - start < MAX_LOCAL_PART && localPart(s.charAt(start - 1))) {
      start--;
    }
    int label = at + 1;
    int end = labelEnd(s, label);
    if (start == at || end == label) {
      return Range.NONE;
    }
    int labels = 1;
    while (end + 1 < s.length() && s.charAt(end) == '.' && Chars.alnum(s.charAt(end + 1))) {
      label = end + 1;
      end = labelEnd(s, label);
      labels++;
    }
    return labels >= 2 && end - label >= 2 && letters(s, label, end) ? Range.of(start, end) : Range.NONE;
  }

  private static boolean localPart(char c) {
    return Chars.alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static int labelEnd(String s, int i) {
    while (i < s.length() && (Chars.alnum(s.charAt(i)) || s.charAt(i) == '-')) {
      i++;
    }
    return i;
  }

  private static boolean letters(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
