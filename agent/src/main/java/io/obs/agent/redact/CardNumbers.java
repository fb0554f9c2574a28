package io.obs.agent.redact;

/**
 * Payment card numbers: 13 to 19 digits, in groups separated by single spaces or dashes, starting
 * with 2 to 6 (the major networks; this keeps epoch milliseconds and most ids out) and passing the
 * Luhn check. When the digits go on past the card ({@code 4111 1111 1111 1111 123}), the longest run
 * of whole groups that is a card wins.
 */
final class CardNumbers {

  private CardNumbers() {}

  /** The card number starting at {@code i}, or {@link Range#NONE}. */
  static long find(String s, int i) {
    char first = s.charAt(i);
    if (first < '2' || first > '6' || Chars.wordBefore(s, i) || (i > 0 && s.charAt(i - 1) == '.')) {
      return Range.NONE;
    }
    int digits = 0;
    int found = -1;
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      boolean digitNext = j + 1 < s.length() && Chars.digit(s.charAt(j + 1));
      if (Chars.digit(c)) {
        if (++digits > 19) {
          break;
        }
        if (!digitNext && digits >= 13 && !Chars.wordAt(s, j + 1) && luhn(s, i, j + 1)) {
          found = j + 1;
        }
      } else if ((c != ' ' && c != '-') || !digitNext) {
        break;
      }
    }
    return found < 0 ? Range.NONE : Range.of(i, found);
  }

  private static boolean luhn(String s, int start, int end) {
    int sum = 0;
    boolean doubled = false;
    for (int j = end - 1; j >= start; j--) {
      char c = s.charAt(j);
      if (Chars.digit(c)) {
        int d = doubled ? 2 * (c - '0') : c - '0';
        sum += d > 9 ? d - 9 : d;
        doubled = !doubled;
      }
    }
    return sum % 10 == 0;
  }
}
