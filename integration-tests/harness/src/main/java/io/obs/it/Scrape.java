package io.obs.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** One scrape of {@code /metrics} in the Prometheus text format, parsed into samples. */
public final class Scrape {

  /** A sample line: name, labels, value. */
  public static final class Sample {
    public final String name;
    public final Map<String, String> labels;
    public final double value;

    Sample(String name, Map<String, String> labels, double value) {
      this.name = name;
      this.labels = labels;
      this.value = value;
    }

    @Override
    public String toString() {
      return name + labels + " " + value;
    }
  }

  private final String text;
  private final List<Sample> samples;

  private Scrape(String text, List<Sample> samples) {
    this.text = text;
    this.samples = samples;
  }

  public static Scrape of(String metricsUrl) {
    return parse(Http.get(metricsUrl).body());
  }

  public static Scrape parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      samples.add(parseLine(line));
    }
    return new Scrape(text, samples);
  }

  private static Sample parseLine(String line) {
    int brace = line.indexOf('{');
    int space = line.lastIndexOf(' ');
    Map<String, String> labels = new LinkedHashMap<>();
    String name;
    if (brace >= 0 && brace < space) {
      name = line.substring(0, brace);
      int end = line.lastIndexOf('}');
      String body = line.substring(brace + 1, end);
      int i = 0;
      while (i < body.length()) {
        int eq = body.indexOf('=', i);
        String key = body.substring(i, eq).trim();
        StringBuilder value = new StringBuilder();
        int j = eq + 2; // skip ="
        while (body.charAt(j) != '"') {
          char c = body.charAt(j);
          if (c == '\\') {
            j++;
            c = body.charAt(j) == 'n' ? '\n' : body.charAt(j);
          }
          value.append(c);
          j++;
        }
        labels.put(key, value.toString());
        i = j + 1;
        if (i < body.length() && body.charAt(i) == ',') {
          i++;
        }
      }
      space = line.indexOf(' ', end);
    } else {
      name = line.substring(0, line.indexOf(' '));
      space = line.indexOf(' ');
    }
    String rest = line.substring(space + 1).trim().split(" ")[0];
    return new Sample(name, labels, Double.parseDouble(rest));
  }

  public String text() {
    return text;
  }

  public List<Sample> samples(String name) {
    return samples.stream().filter(s -> s.name.equals(name)).collect(Collectors.toList());
  }

  /** The value of the one sample with exactly these labels (key, value, key, value, ...), or null. */
  public Double value(String name, String... labelPairs) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (int i = 0; i < labelPairs.length; i += 2) {
      wanted.put(labelPairs[i], labelPairs[i + 1]);
    }
    return samples.stream()
        .filter(s -> s.name.equals(name) && Objects.equals(s.labels, wanted))
        .map(s -> s.value)
        .findFirst()
        .orElse(null);
  }

  /** Sum over all samples of {@code name} whose labels include these pairs. */
  public double sum(String name, String... labelPairs) {
    return samples.stream()
        .filter(s -> s.name.equals(name))
        .filter(s -> {
          for (int i = 0; i < labelPairs.length; i += 2) {
            if (!labelPairs[i + 1].equals(s.labels.get(labelPairs[i]))) {
              return false;
            }
          }
          return true;
        })
        .mapToDouble(s -> s.value)
        .sum();
  }
}
