package io.obs.agent.redact;

import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.Settings;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes every string that leaves the process safe: the values of sensitive keys ({@link SensitiveKeys},
 * plus {@code obs.redaction.keys}), and anywhere in a text e-mail addresses, card numbers, JWTs,
 * {@code Bearer}/{@code Basic} credentials, AWS access key ids, user info in URLs, IBANs and
 * {@code key=value} pairs of sensitive keys, then the matches of {@code obs.redaction.patterns}, all
 * become the marker ({@code obs.redaction.marker}). Each replacement is counted in
 * {@code obs_agent_redactions_total{rule}}.
 *
 * <p>One pass over the text, no regular expression: a finder runs only where its secret could start
 * (a digit, {@code @}, {@code =}, {@code :}, {@code eyJ}, {@code Bearer}, {@code Basic}, a capital).
 * A text with nothing to redact is returned as the same instance and costs no allocation, unless
 * patterns are configured (they run on every text). What is already the marker stays and is not
 * counted again, so redacting twice changes nothing. Immutable and thread-safe.
 */
public final class Redactor {

  private final SensitiveKeys keys;
  private final String marker;
  private final String credentialsMarker;
  private final Pattern[] patterns;
  private final RedactionMetrics metrics;
  private final Function<MatchResult, String> patternReplacement;

  /**
   * @param extraKeys added to the built-in sensitive keys
   * @param patterns each match becomes the marker
   */
  public Redactor(Collection<String> extraKeys, String marker, List<Pattern> patterns, RedactionMetrics metrics) {
    this.keys = new SensitiveKeys(extraKeys);
    this.marker = Objects.requireNonNull(marker);
    this.credentialsMarker = marker + ":" + marker;
    this.patterns = patterns.toArray(new Pattern[0]);
    this.metrics = metrics;
    String quotedMarker = Matcher.quoteReplacement(marker);
    this.patternReplacement = match -> {
      if (match.start() == match.end()) {
        return "";
      }
      metrics.count(RedactionRule.PATTERN);
      return quotedMarker;
    };
  }

  /** The redactor {@code obs.redaction.*} asks for. */
  public static Redactor from(AgentConfig config, RedactionMetrics metrics) {
    return new Redactor(config.get(Settings.REDACTION_KEYS), config.get(Settings.REDACTION_MARKER),
        config.get(Settings.REDACTION_PATTERNS), metrics);
  }

  /** Whether the values of {@code key} (a header, parameter, field or attribute name) are never written. */
  public boolean sensitiveKey(String key) {
    return key != null && keys.matches(key, 0, key.length());
  }

  /** The value of {@code key} as it may be written: the marker when the key is sensitive, else {@link #redact}ed. */
  public String value(String key, String value) {
    if (value == null || value.equals(marker)) {
      return value;
    }
    return sensitiveKey(key) ? replacement(RedactionRule.KEY) : redact(value);
  }

  /** {@code text} with every secret found in it replaced; {@code text} itself when there is none. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = redactKnownShapes(text);
    for (Pattern pattern : patterns) {
      result = replaceMatches(pattern, result);
    }
    return result;
  }

  /** A URL without user info, sensitive query values, {@code ;jsessionid=} and fragment; see {@link UrlRedaction}. */
  public String url(String url) {
    return url == null ? null : redact(UrlRedaction.url(url, this));
  }

  /**
   * A query string ({@code a=1&b=2}, no {@code ?}) with the values of sensitive keys replaced, then
   * whatever the value rules find in the other values (an e-mail address, a card number).
   */
  public String query(String query) {
    return query == null ? null : redact(UrlRedaction.query(query, this));
  }

  boolean sensitiveKey(String s, int start, int end) {
    return keys.matches(s, start, end);
  }

  /** Counts a replacement and returns what replaces the secret. */
  String replacement(RedactionRule rule) {
    metrics.count(rule);
    return markerFor(rule);
  }

  private String markerFor(RedactionRule rule) {
    return rule == RedactionRule.URL_CREDENTIALS ? credentialsMarker : marker;
  }

  private String redactKnownShapes(String s) {
    StringBuilder out = null;
    int copied = 0;
    int done = 0; // where the last secret ended: no secret found later may start before it
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!Chars.mayStartSecret(c)) {
        i++;
        continue;
      }
      long found;
      RedactionRule rule;
      if (Chars.digit(c) && (found = CardNumbers.find(s, i)) != Range.NONE) {
        rule = RedactionRule.CARD;
      } else if (c == '@' && (found = Emails.find(s, i, done)) != Range.NONE) {
        rule = RedactionRule.EMAIL;
      } else if (c == ':' && (found = UrlRedaction.credentials(s, i)) != Range.NONE) {
        rule = RedactionRule.URL_CREDENTIALS;
      } else if ((c == '=' || c == ':') && (found = KeyValues.sensitiveValue(s, i, done, keys)) != Range.NONE) {
        rule = RedactionRule.KEY;
      } else if (c == 'e' && (found = Tokens.jwt(s, i)) != Range.NONE) {
        rule = RedactionRule.JWT;
      } else if ((c == 'B' || c == 'b') && (found = Tokens.authorization(s, i)) != Range.NONE) {
        rule = RedactionRule.BEARER;
      } else if (c == 'A' && (found = Tokens.awsKeyId(s, i)) != Range.NONE) {
        rule = RedactionRule.AWS_KEY;
      } else if (Chars.upper(c) && (found = Ibans.find(s, i)) != Range.NONE) {
        rule = RedactionRule.IBAN;
      } else {
        i++;
        continue;
      }
      done = Range.end(found);
      i = done;
      if (!already(s, found, markerFor(rule))) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16);
        }
        out.append(s, copied, Range.start(found)).append(replacement(rule));
        copied = done;
      }
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  /** {@code text} with the matches of {@code pattern} replaced; {@code text} itself when it has none but empty ones. */
  private String replaceMatches(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      if (matcher.end() > matcher.start()) {
        return matcher.reset().replaceAll(patternReplacement);
      }
    }
    return text;
  }

  private static boolean already(String s, long found, String marker) {
    int start = Range.start(found);
    return Range.end(found) - start == marker.length() && s.startsWith(marker, start);
  }
}
