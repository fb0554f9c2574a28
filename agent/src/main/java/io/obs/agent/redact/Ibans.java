package io.obs.agent.redact;

/**
 * IBANs as printed: country code, check digits, then capitals and digits, either compact
 * ({@code GB82WEST12345698765432}) or in groups of four ({@code DE89 3704 0044 0532 0130 00}),
 * 15 to 34 characters, valid by the ISO 7064 mod-97 check. A group that does not fit is left out.
 */
final class Ibans {

  private static final int MIN = 15;
  private static final int MAX = 34;

  private Ibans() {}

  /** The IBAN starting at {@code i}, or {@link Range#NONE}. */
  static long find(String s, int i) {
    int n = s.length();
    if (i + 4 >= n || !Chars.upper(s.charAt(i)) || !Chars.upper(s.charAt(i + 1)) || !Chars.digit(s.charAt(i + 2))
        || !Chars.digit(s.charAt(i + 3)) || Chars.wordBefore(s, i)) {
      return Range.NONE;
    }
    boolean grouped = s.charAt(i + 4) == ' ';
    int groupSize = grouped ? 4 : MAX - 4;
    int length = 4;
    int end = i + 4;
    int found = -1;
    while (length < MAX && (!grouped || (end < n && s.charAt(end) == ' '))) {
      int group = grouped ? end + 1 : end;
      int groupEnd = group;
      while (groupEnd < n && groupEnd - group < groupSize && Chars.upperOrDigit(s.charAt(groupEnd))) {
        groupEnd++;
      }
      if (groupEnd == group || Chars.wordAt(s, groupEnd)) {
        break;
      }
      length += groupEnd - group;
      end = groupEnd;
      if (length >= MIN && length <= MAX && mod97(s, i, end)) {
        found = end;
      }
      if (groupEnd - group < groupSize) {
        break;
      }
    }
    return found < 0 ? Range.NONE : Range.of(i, found);
  }

  /** The country code and check digits moved to the end, letters as 10 to 35, the number mod 97 is 1. */
  private static boolean mod97(String s, int start, int end) {
    int remainder = 0;
    for (int j = start + 4; j < end + 4; j++) {
      char c = s.charAt(j < end ? j : start + j - end);
      if (c != ' ') {
        remainder = Chars.digit(c) ? (remainder * 10 + c - '0') % 97 : (remainder * 100 + c - 'A' + 10) % 97;
      }
    }
    return remainder == 1;
  }
}
