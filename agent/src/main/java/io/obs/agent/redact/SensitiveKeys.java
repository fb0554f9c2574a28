package io.obs.agent.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Names whose values are secrets: of query parameters, headers, cookies, JSON fields, {@code key=value}
 * pairs. A listed key matches a name that is the key or ends in it after {@code -}, {@code _},
 * {@code .} or a camel-case hump ({@code x-api-key}, {@code db_password}, {@code accessToken}, but
 * not {@code passport}, {@code tokens}, {@code discard}). Letters compare case-insensitively and
 * {@code -}/{@code _} are ignored, so {@code api_key}, {@code API-KEY}, {@code apiKey} and
 * {@code apikey} are one key. Short, common words match only a whole name ({@code key}, {@code code}).
 */
final class SensitiveKeys {

  /** Keys, lower case without {@code -}/{@code _}, matched as a whole name or its last part. */
  private static final List<String> DEFAULTS = List.of("password", "passwd", "pwd", "pass", "passphrase", "secret",
      "token", "auth", "authorization", "apikey", "accesskey", "secretkey", "privatekey", "cookie", "session",
      "sessionid", "jsessionid", "phpsessid", "ssn", "card", "cardnumber", "cvv", "cvc", "pin", "iban", "credential",
      "credentials", "signature", "awsaccesskeyid");
  /** Sensitive as a query parameter ({@code key} of an API, OAuth's {@code code}), too common as a last part. */
  private static final List<String> WHOLE_NAMES_ONLY = List.of("key", "code", "sid", "sig");

  private final String[] lastParts;
  /** The last characters of all keys: most names end in none of them and are done with at once. */
  private final boolean[] lastChars = new boolean[128];

  /** @param extra more keys of ASCII characters, in any case, with or without {@code -}/{@code _} */
  SensitiveKeys(Collection<String> extra) {
    List<String> keys = new ArrayList<>(DEFAULTS);
    for (String key : extra) {
      String name = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
      if (!name.isEmpty()) {
        keys.add(name);
      }
    }
    lastParts = keys.toArray(new String[0]);
    keys.addAll(WHOLE_NAMES_ONLY);
    for (String key : keys) {
      lastChars[key.charAt(key.length() - 1) & 127] = true;
    }
  }

  /** Whether the name {@code s[start, end)} is sensitive. */
  boolean matches(String s, int start, int end) {
    char last = end > start ? Character.toLowerCase(s.charAt(end - 1)) : 0;
    if (last < 128 && !lastChars[last] && last != '-' && last != '_') {
      return false;
    }
    for (String key : lastParts) {
      int at = tailStart(s, start, end, key);
      if (at == start || (at > start && lastPartStarts(s, at))) {
        return true;
      }
    }
    for (String key : WHOLE_NAMES_ONLY) {
      if (tailStart(s, start, end, key) == start) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code key} starts when {@code s[start, end)} ends in it (case, {@code -} and {@code _} aside), else -1. */
  private static int tailStart(String s, int start, int end, String key) {
    int i = end;
    int k = key.length();
    while (k > 0) {
      if (i == start) {
        return -1;
      }
      char c = s.charAt(--i);
      if (c != '-' && c != '_' && Character.toLowerCase(c) != key.charAt(--k)) {
        return -1;
      }
    }
    return i;
  }

  /** After a separator, or a capital after a small letter or digit. */
  private static boolean lastPartStarts(String s, int at) {
    char before = s.charAt(at - 1);
    return before == '-' || before == '_' || before == '.'
        || (Character.isUpperCase(s.charAt(at)) && (Character.isLowerCase(before) || Character.isDigit(before)));
  }
}
