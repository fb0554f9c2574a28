package io.obs.agent.redact;

import java.util.Locale;
import java.util.Set;

/**
 * URLs and query strings safe for spans and logs: user info becomes {@code REDACTED:REDACTED}, the
 * values of sensitive query keys (credentials, tokens, signatures, session ids) become
 * {@code REDACTED}, and {@code ;jsessionid=...} path parameters go. Keys compare case-insensitively.
 */
public final class UrlRedaction {

  public static final String REDACTED = "REDACTED";

  private static final Set<String> SENSITIVE_KEYS = Set.of("password", "passwd", "pwd", "pass", "secret",
      "client_secret", "token", "access_token", "refresh_token", "id_token", "auth", "authorization", "api_key", "apikey",
      "api-key", "key", "session", "sessionid", "session_id", "jsessionid", "phpsessid", "sid", "credential",
      "credentials", "signature", "sig", "x-amz-signature", "x-amz-credential", "x-amz-security-token",
      "x-goog-signature", "x-goog-credential", "awsaccesskeyid", "code");

  private UrlRedaction() {}

  public static boolean sensitiveKey(String key) {
    return SENSITIVE_KEYS.contains(key.toLowerCase(Locale.ROOT));
  }

  /** An absolute URL (or a path with a query) with credentials and sensitive values replaced. */
  public static String url(String url) {
    if (url == null) {
      return null;
    }
    String result = url;
    int scheme = result.indexOf("://");
    if (scheme > 0) {
      int authorityEnd = indexOfAny(result, scheme + 3, "/?#");
      int at = result.lastIndexOf('@', authorityEnd - 1);
      if (at > scheme + 3) {
        result = result.substring(0, scheme + 3) + REDACTED + ":" + REDACTED + result.substring(at);
      }
    }
    int fragment = result.indexOf('#');
    if (fragment >= 0) {
      result = result.substring(0, fragment);
    }
    int question = result.indexOf('?');
    String path = question < 0 ? result : result.substring(0, question);
    path = withoutSessionParameter(path);
    return question < 0 ? path : path + "?" + query(result.substring(question + 1));
  }

  /** A query string ({@code a=1&b=2}, no {@code ?}) with the values of sensitive keys replaced. */
  public static String query(String query) {
    if (query == null || query.isEmpty()) {
      return query;
    }
    StringBuilder out = null;
    int start = 0;
    while (start <= query.length()) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      int eq = query.indexOf('=', start);
      if (eq > start && eq < end && sensitiveKey(query.substring(start, eq))) {
        if (out == null) {
          out = new StringBuilder(query.length()).append(query, 0, start);
        }
        out.append(query, start, eq + 1).append(REDACTED);
      } else if (out != null) {
        out.append(query, start, end);
      }
      if (out != null && end < query.length()) {
        out.append('&');
      }
      start = end + 1;
    }
    return out == null ? query : out.toString();
  }

  private static String withoutSessionParameter(String path) {
    int semicolon = path.toLowerCase(Locale.ROOT).indexOf(";jsessionid=");
    if (semicolon < 0) {
      return path;
    }
    int end = indexOfAny(path, semicolon + 1, ";/");
    return path.substring(0, semicolon) + path.substring(end);
  }

  private static int indexOfAny(String s, int from, String chars) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }
}
