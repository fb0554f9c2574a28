package io.obs.it.context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The pools the app hands work to, and the outgoing call each piece of work makes. */
final class Work {

  /** Two threads, reused across requests: a context leaking from one task into the next would show. */
  final ExecutorService pool = Executors.newFixedThreadPool(2);
  final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
  final HttpClient client = HttpClient.newHttpClient();
  private final int port;

  Work(int port) {
    this.port = port;
  }

  URI ping(String from, String id) {
    return URI.create("http://127.0.0.1:" + port + "/ping?from=" + from + "&id=" + id);
  }

  /** A GET of /ping with HttpURLConnection: one CLIENT span, child of whatever is current. */
  int call(String from, String id) {
    try {
      HttpURLConnection connection = (HttpURLConnection) new URL(ping(from, id).toString()).openConnection();
      try {
        return connection.getResponseCode();
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpRequest request(String from, String id) {
    return HttpRequest.newBuilder(ping(from, id)).build();
  }

  HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
