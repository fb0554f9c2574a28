package io.obs.agent.config;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a configuration string into a typed value or says, in {@link #allowed()}, what it accepts. */
public interface Parser<T> {

  /** @throws IllegalArgumentException when the value is not allowed */
  T parse(String value);

  /** What the parser accepts, as a phrase for the error line ("true or false"). */
  String allowed();

  static Parser<Boolean> bool() {
    return of("true or false", v -> {
      String s = v.trim().toLowerCase(Locale.ROOT);
      if (s.equals("true")) {
        return Boolean.TRUE;
      }
      if (s.equals("false")) {
        return Boolean.FALSE;
      }
      throw new IllegalArgumentException();
    });
  }

  static Parser<Integer> integer(int min, int max) {
    return of("an integer from " + min + " to " + max, v -> {
      int i = Integer.parseInt(v.trim());
      if (i < min || i > max) {
        throw new IllegalArgumentException();
      }
      return i;
    });
  }

  /** A fraction in (min, max], e.g. a heap ratio. */
  static Parser<Double> fraction(double minExclusive, double maxInclusive) {
    return of("a number greater than " + minExclusive + " and at most " + maxInclusive, v -> {
      double d = Double.parseDouble(v.trim());
      if (!(d > minExclusive && d <= maxInclusive)) {
        throw new IllegalArgumentException();
      }
      return d;
    });
  }

  /** A size in bytes: {@code 1048576}, {@code 512kB}, {@code 10MB}, {@code 1GB}, at least {@code min}. */
  static Parser<Long> bytes(long min) {
    return of("a size such as 512kB, 10MB or 1GB, at least " + min + " bytes", v -> {
      String s = v.trim().toUpperCase(Locale.ROOT);
      long factor = 1;
      if (s.endsWith("KB") || s.endsWith("MB") || s.endsWith("GB")) {
        factor = s.endsWith("KB") ? 1024 : s.endsWith("MB") ? 1024 * 1024 : 1024L * 1024 * 1024;
        s = s.substring(0, s.length() - 2);
      } else if (s.endsWith("B")) {
        s = s.substring(0, s.length() - 1);
      }
      long bytes = Math.multiplyExact(Long.parseLong(s.trim()), factor);
      if (bytes < min) {
        throw new IllegalArgumentException();
      }
      return bytes;
    });
  }

  /** A number in [0, 1], e.g. a sampling ratio. */
  static Parser<Double> ratio() {
    return of("a number from 0 to 1", v -> {
      double d = Double.parseDouble(v.trim());
      if (!(d >= 0 && d <= 1)) {
        throw new IllegalArgumentException();
      }
      return d;
    });
  }

  /** A duration in milliseconds: {@code 500}, {@code 500ms}, {@code 2s}, {@code 1m}. */
  static Parser<Long> millis(long min) {
    return of("a duration such as 500ms, 2s or 1m, at least " + min + "ms", v -> {
      String s = v.trim().toLowerCase(Locale.ROOT);
      long factor = 1;
      if (s.endsWith("ms")) {
        s = s.substring(0, s.length() - 2);
      } else if (s.endsWith("s")) {
        s = s.substring(0, s.length() - 1);
        factor = 1000;
      } else if (s.endsWith("m")) {
        s = s.substring(0, s.length() - 1);
        factor = 60_000;
      }
      long ms = Math.multiplyExact(Long.parseLong(s.trim()), factor);
      if (ms < min) {
        throw new IllegalArgumentException();
      }
      return ms;
    });
  }

  static Parser<String> oneOf(String... values) {
    List<String> allowed = Arrays.asList(values);
    return of("one of " + String.join(", ", values), v -> {
      String s = v.trim().toLowerCase(Locale.ROOT);
      if (!allowed.contains(s)) {
        throw new IllegalArgumentException();
      }
      return s;
    });
  }

  /** A comma-separated subset of {@code values}; {@code none} alone means the empty set. */
  static Parser<Set<String>> subsetOf(String... values) {
    List<String> allowed = Arrays.asList(values);
    return of("a comma-separated list of " + String.join(", ", values) + ", or none", v -> {
      Set<String> result = new LinkedHashSet<>();
      for (String part : v.split(",")) {
        String s = part.trim().toLowerCase(Locale.ROOT);
        if (s.equals("none") && v.trim().equalsIgnoreCase("none")) {
          return Set.of();
        }
        if (!allowed.contains(s)) {
          throw new IllegalArgumentException();
        }
        result.add(s);
      }
      return Set.copyOf(result);
    });
  }

  /** {@code key=value,key=value} with non-empty keys. */
  static Parser<String> keyValues() {
    return of("key=value pairs separated by commas", v -> {
      String s = v.trim();
      for (String pair : s.split(",")) {
        if (pair.indexOf('=') <= 0) {
          throw new IllegalArgumentException();
        }
      }
      return s;
    });
  }

  /** Non-empty, no white space. */
  static Parser<String> token() {
    return of("a non-empty value without spaces", v -> {
      String s = v.trim();
      if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException();
      }
      return s;
    });
  }

  static Parser<String> text() {
    return of("a non-empty value", v -> {
      String s = v.trim();
      if (s.isEmpty()) {
        throw new IllegalArgumentException();
      }
      return s;
    });
  }

  static Parser<String> httpUrl() {
    return of("an http:// or https:// URL", v -> {
      String s = v.trim();
      URI uri = URI.create(s);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new IllegalArgumentException();
      }
      return s;
    });
  }

  /** {@code stdout}, {@code stderr}, {@code none} or {@code file:<path>}. */
  static Parser<String> logTarget() {
    return of("stdout, stderr, none or file:<path>", v -> {
      String s = v.trim();
      String lower = s.toLowerCase(Locale.ROOT);
      if (lower.equals("stdout") || lower.equals("stderr") || lower.equals("none")) {
        return lower;
      }
      if (lower.startsWith("file:") && s.length() > "file:".length()) {
        return s;
      }
      throw new IllegalArgumentException();
    });
  }

  /** A comma-separated set of words (see {@link #word}), lower case. */
  static Parser<Set<String>> words(String punctuation) {
    return of("a comma-separated list of words made of letters, digits and " + punctuation, v -> {
      Set<String> result = new LinkedHashSet<>();
      for (String part : v.split(",", -1)) {
        result.add(word(part.trim(), Integer.MAX_VALUE, punctuation).toLowerCase(Locale.ROOT));
      }
      return Set.copyOf(result);
    });
  }

  /** One word of 1 to {@code maxLength} ASCII letters, digits and characters of {@code punctuation}. */
  static Parser<String> word(int maxLength, String punctuation) {
    return of("1 to " + maxLength + " letters, digits or " + punctuation, v -> word(v.trim(), maxLength, punctuation));
  }

  private static String word(String s, int maxLength, String punctuation) {
    if (s.isEmpty() || s.length() > maxLength || !s.chars().allMatch(c -> c < 128
        && (Character.isLetterOrDigit(c) || punctuation.indexOf(c) >= 0))) {
      throw new IllegalArgumentException();
    }
    return s;
  }

  /** See {@link RegexList}: an expression that does not compile is dropped, the others kept. */
  static Parser<List<Pattern>> regexes() {
    return of(RegexList.ALLOWED, RegexList::parse);
  }

  static <T> Parser<T> of(String allowed, java.util.function.Function<String, T> function) {
    return new Parser<T>() {
      @Override
      public T parse(String value) {
        try {
          return function.apply(value);
        } catch (PartlyInvalidValue e) {
          throw e;
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(allowed, e);
        }
      }

      @Override
      public String allowed() {
        return allowed;
      }
    };
  }
}
