package io.obs.it;

import java.util.Map;
import java.util.TreeMap;

/** One label set of {@code http_server_request_duration_seconds}, and the series of a scrape by label set. */
public record ServerSeries(String method, String route, String status, String errorType)
    implements Comparable<ServerSeries> {

  public static final String DURATION = "http_server_request_duration_seconds";

  public static ServerSeries of(String method, String route, int status, String errorType) {
    return new ServerSeries(method, route, Integer.toString(status), errorType);
  }

  /** {@code _count} of every label set in the scrape (a sample with other labels fails the lookup). */
  public static Map<ServerSeries, Double> counts(Scrape scrape) {
    return collect(scrape, DURATION + "_count");
  }

  public static Map<ServerSeries, Double> sums(Scrape scrape) {
    return collect(scrape, DURATION + "_sum");
  }

  private static Map<ServerSeries, Double> collect(Scrape scrape, String name) {
    Map<ServerSeries, Double> result = new TreeMap<>();
    for (Scrape.Sample s : scrape.samples(name)) {
      if (s.labels.size() != 4) {
        throw new AssertionError("unexpected labels on " + s);
      }
      result.put(new ServerSeries(s.labels.get("http_request_method"), s.labels.get("http_route"),
          s.labels.get("http_response_status_code"), s.labels.get("error_type")), s.value);
    }
    return result;
  }

  @Override
  public int compareTo(ServerSeries o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return method + " " + route + " " + status + " error_type=\"" + errorType + "\"";
  }
}
