package io.obs.agent.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Java regular expressions separated by commas. A comma inside {@code {m,n}}, {@code (...)} or
 * {@code [...]}, or escaped as {@code \,}, belongs to its expression. An expression that does not
 * compile is dropped and named, with the compiler's reason, in a {@link PartlyInvalidValue}.
 */
final class RegexList {

  static final String ALLOWED = "Java regular expressions separated by commas";

  private RegexList() {}

  static List<Pattern> parse(String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException();
    }
    List<Pattern> patterns = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String part : split(value)) {
      String regex = part.trim();
      try {
        if (!regex.isEmpty()) {
          patterns.add(Pattern.compile(regex));
        }
      } catch (PatternSyntaxException e) {
        String where = e.getIndex() >= 0 ? " near index " + e.getIndex() : "";
        dropped.add("\"" + regex + "\" (" + e.getDescription() + where + ")");
      }
    }
    if (!dropped.isEmpty()) {
      throw new PartlyInvalidValue(List.copyOf(patterns), "ignoring " + String.join(", ", dropped));
    }
    return List.copyOf(patterns);
  }

  /** Splits at the commas outside groups, quantifier braces and character classes. */
  static List<String> split(String value) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(' || c == '{') {
        depth++;
      } else if ((c == ')' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(value.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(value.substring(start));
    return parts;
  }
}
