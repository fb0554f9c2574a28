package io.obs.agent.endpoint;

import com.sun.net.httpserver.HttpExchange;
import io.prometheus.metrics.exporter.httpserver.HttpExchangeAdapter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A scrape exchange whose {@code Accept} header no longer offers the Prometheus protobuf format. The
 * agent ships the text formats only (prometheus-metrics-exposition-textformats, without the 1.8 MB
 * protobuf runtime), but the client library still picks the protobuf writer whenever a scraper lists
 * it (Prometheus does with native histograms on) and then fails the scrape; without it the scraper
 * gets its next choice, OpenMetrics or text 0.0.4, as it would from any text-only target.
 */
final class TextFormatsOnly extends HttpExchangeAdapter {

  private static final String PROTOBUF = "application/vnd.google.protobuf";

  private final HttpRequest request = new HttpRequest() {
    @Override
    public Enumeration<String> getHeaders(String name) {
      Enumeration<String> values = super.getHeaders(name);
      return "Accept".equalsIgnoreCase(name) && values != null ? withoutProtobuf(values) : values;
    }
  };

  TextFormatsOnly(HttpExchange exchange) {
    super(exchange);
  }

  @Override
  public HttpRequest getRequest() {
    return request;
  }

  static Enumeration<String> withoutProtobuf(Enumeration<String> acceptHeaders) {
    List<String> kept = new ArrayList<>();
    while (acceptHeaders.hasMoreElements()) {
      StringBuilder ranges = new StringBuilder();
      for (String range : acceptHeaders.nextElement().split(",")) {
        if (!range.contains(PROTOBUF)) {
          ranges.append(ranges.length() == 0 ? "" : ",").append(range);
        }
      }
      if (ranges.length() > 0) {
        kept.add(ranges.toString());
      }
    }
    return Collections.enumeration(kept);
  }
}
