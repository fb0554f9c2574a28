package io.obs.agent.redact;

import java.util.Base64;

/**
 * Credentials known by their shape: JWTs ({@code eyJ...} header, payload and signature),
 * {@code Bearer} tokens and {@code Basic} user:password pairs (only the credentials go, the scheme
 * stays), AWS access key ids ({@code AKIA}/{@code ASIA} and 16 capitals or digits).
 */
final class Tokens {

  private static final int MIN_BEARER = 8;
  private static final int MIN_JWT_HEADER = 10;
  private static final int AWS_KEY_ID = 20;

  private Tokens() {}

  /** The JWT starting at {@code i}, or {@link Range#NONE}. */
  static long jwt(String s, int i) {
    if (i + 2 >= s.length() || s.charAt(i + 1) != 'y' || s.charAt(i + 2) != 'J' || Chars.wordBefore(s, i)) {
      return Range.NONE;
    }
    int header = end(s, i, "-_");
    if (header - i < MIN_JWT_HEADER || !dotAt(s, header)) {
      return Range.NONE;
    }
    int payload = end(s, header + 1, "-_");
    if (payload == header + 1 || !dotAt(s, payload)) {
      return Range.NONE;
    }
    return Range.of(i, end(s, payload + 1, "-_"));
  }

  /** The credentials after {@code Bearer} or {@code Basic} (any case) at {@code i}, or {@link Range#NONE}. */
  static long authorization(String s, int i) {
    if (Chars.wordBefore(s, i)) {
      return Range.NONE;
    }
    if (s.regionMatches(true, i, "bearer ", 0, 7)) {
      int token = Chars.skipSpaces(s, i + 7);
      int end = padding(s, end(s, token, "-._~+/"));
      return end - token >= MIN_BEARER ? Range.of(token, end) : Range.NONE;
    }
    if (s.regionMatches(true, i, "basic ", 0, 6)) {
      int token = Chars.skipSpaces(s, i + 6);
      int end = padding(s, end(s, token, "+/"));
      return userAndPassword(s, token, end) ? Range.of(token, end) : Range.NONE;
    }
    return Range.NONE;
  }

  /** The AWS access key id starting at {@code i}, or {@link Range#NONE}. */
  static long awsKeyId(String s, int i) {
    int end = i + AWS_KEY_ID;
    if (!(s.startsWith("AKIA", i) || s.startsWith("ASIA", i)) || end > s.length() || Chars.wordBefore(s, i)
        || Chars.wordAt(s, end)) {
      return Range.NONE;
    }
    for (int j = i + 4; j < end; j++) {
      if (!Chars.upperOrDigit(s.charAt(j))) {
        return Range.NONE;
      }
    }
    return Range.of(i, end);
  }

  /** Base64 of {@code user:password}: whole quads that decode to something with a colon. */
  private static boolean userAndPassword(String s, int start, int end) {
    if (end - start < MIN_BEARER || (end - start) % 4 != 0) {
      return false;
    }
    try {
      for (byte b : Base64.getDecoder().decode(s.substring(start, end))) {
        if (b == ':') {
          return true;
        }
      }
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return false;
  }

  /** The end of a run of ASCII letters, digits and {@code extra} characters. */
  private static int end(String s, int i, String extra) {
    while (i < s.length() && (Chars.alnum(s.charAt(i)) || extra.indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  private static int padding(String s, int i) {
    while (i < s.length() && s.charAt(i) == '=') {
      i++;
    }
    return i;
  }

  private static boolean dotAt(String s, int i) {
    return i < s.length() && s.charAt(i) == '.';
  }
}
