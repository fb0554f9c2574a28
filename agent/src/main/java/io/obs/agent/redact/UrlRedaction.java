package io.obs.agent.redact;

/**
 * URLs and query strings safe for spans and logs: user info becomes {@code marker:marker}, the values
 * of sensitive query keys (the {@link Redactor}'s keys) become the marker, and {@code ;jsessionid=...}
 * path parameters and fragments go.
 */
final class UrlRedaction {

  private UrlRedaction() {}

  /** An absolute URL (or a path with a query) with credentials and sensitive values replaced. */
  static String url(String url, Redactor redactor) {
    if (url == null) {
      return null;
    }
    String result = url;
    int scheme = result.indexOf("://");
    long userInfo = scheme > 0 ? credentials(result, scheme) : Range.NONE;
    if (userInfo != Range.NONE) {
      result = result.substring(0, Range.start(userInfo)) + redactor.replacement(RedactionRule.URL_CREDENTIALS)
          + result.substring(Range.end(userInfo));
    }
    int fragment = result.indexOf('#');
    if (fragment >= 0) {
      result = result.substring(0, fragment);
    }
    int question = result.indexOf('?');
    String path = question < 0 ? result : result.substring(0, question);
    path = withoutSessionParameter(path);
    return question < 0 ? path : path + "?" + query(result.substring(question + 1), redactor);
  }

  /** A query string ({@code a=1&b=2}, no {@code ?}) with the values of sensitive keys replaced. */
  static String query(String query, Redactor redactor) {
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
      if (eq > start && eq < end && redactor.sensitiveKey(query, start, eq)) {
        if (out == null) {
          out = new StringBuilder(query.length()).append(query, 0, start);
        }
        out.append(query, start, eq + 1).append(redactor.replacement(RedactionRule.KEY));
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

  /** The user info of the URL whose {@code ://} is at {@code i} (up to its last {@code @}), or {@link Range#NONE}. */
  static long credentials(String s, int i) {
    if (!s.startsWith("://", i)) {
      return Range.NONE;
    }
    int start = i + 3;
    for (int at = indexOfAny(s, start, "/?# \t\r\n") - 1; at > start; at--) {
      if (s.charAt(at) == '@') {
        return Range.of(start, at);
      }
    }
    return Range.NONE;
  }

  private static String withoutSessionParameter(String path) {
    int semicolon = path.toLowerCase(java.util.Locale.ROOT).indexOf(";jsessionid=");
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
