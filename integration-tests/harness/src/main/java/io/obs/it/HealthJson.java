package io.obs.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a MicroProfile Health body: {@code {"status":..,"checks":[{"name":..,"status":..,"data":{..}}]}}. */
public final class HealthJson {

  private HealthJson() {}

  /** The status of the named check, or null when the body has no such check. */
  public static String check(String body, String name) {
    Matcher m = Pattern.compile("\\{\"name\":\"" + Pattern.quote(name) + "\",\"status\":\"(\\w+)\"").matcher(body);
    return m.find() ? m.group(1) : null;
  }

  /** The value of {@code "key":value} in the named check's data as written, strings without quotes; or null. */
  public static String data(String body, String name, String key) {
    Matcher m = Pattern.compile("\\{\"name\":\"" + Pattern.quote(name) + "\",\"status\":\"\\w+\",\"data\":\\{([^}]*)}")
        .matcher(body);
    if (!m.find()) {
      return null;
    }
    Matcher field = Pattern.compile("\"" + Pattern.quote(key) + "\":(?:\"([^\"]*)\"|([^,]*))").matcher(m.group(1));
    if (!field.find()) {
      return null;
    }
    return field.group(1) != null ? field.group(1) : field.group(2);
  }
}
