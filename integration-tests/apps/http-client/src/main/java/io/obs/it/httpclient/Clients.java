package io.obs.it.httpclient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.util.Timeout;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** One request per call with each client, the way an application would; returns the status it got. */
final class Clients {

  static final int READ_TIMEOUT_MILLIS = 300;
  /** How long {@code urlconnection-post} pauses between the two halves of its body. */
  static final int BODY_PAUSE_MILLIS = 250;

  interface Client {
    int get(String url) throws Exception;
  }

  private static final CloseableHttpClient APACHE4 = HttpClients.custom()
      .setDefaultRequestConfig(RequestConfig.custom().setSocketTimeout(READ_TIMEOUT_MILLIS).build()).build();
  private static final org.apache.hc.client5.http.config.RequestConfig APACHE5_CONFIG =
      org.apache.hc.client5.http.config.RequestConfig.custom().setResponseTimeout(Timeout.ofMilliseconds(READ_TIMEOUT_MILLIS)).build();
  private static final org.apache.hc.client5.http.impl.classic.CloseableHttpClient APACHE5 =
      org.apache.hc.client5.http.impl.classic.HttpClients.custom().setDefaultRequestConfig(APACHE5_CONFIG).build();
  private static final CloseableHttpAsyncClient APACHE5_ASYNC = HttpAsyncClients.custom().setDefaultRequestConfig(APACHE5_CONFIG).build();
  private static final HttpClient JDK = HttpClient.newHttpClient();
  private static final OkHttpClient OKHTTP = new OkHttpClient.Builder()
      .readTimeout(READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).build();

  static final Map<String, Client> ALL = Map.of(
      "apache4", Clients::apache4,
      "apache5", Clients::apache5,
      "apache5-async", url -> await(APACHE5_ASYNC.execute(SimpleRequestBuilder.get(url).build(), null)).getCode(),
      "okhttp", url -> {
        try (Response response = OKHTTP.newCall(new Request.Builder().url(url).build()).execute()) {
          return response.code();
        }
      },
      "okhttp-async", Clients::okhttpAsync,
      "urlconnection", url -> read(open(url)),
      "urlconnection-connect", url -> {
        HttpURLConnection connection = open(url);
        connection.connect();
        return read(connection);
      },
      "urlconnection-post", Clients::post,
      "jdk", url -> JDK.send(jdkRequest(url), BodyHandlers.ofString()).statusCode(),
      "jdk-async", url -> await(JDK.sendAsync(jdkRequest(url), BodyHandlers.ofString())).statusCode());

  static {
    APACHE5_ASYNC.start();
  }

  private Clients() {}

  /** What the future holds; what the client failed with, as it failed. */
  private static <T> T await(Future<T> future) throws Exception {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  private static int apache4(String url) throws IOException {
    try (CloseableHttpResponse response = APACHE4.execute(new HttpGet(url))) {
      EntityUtils.consume(response.getEntity());
      return response.getStatusLine().getStatusCode();
    }
  }

  private static int apache5(String url) throws IOException {
    try (org.apache.hc.client5.http.impl.classic.CloseableHttpResponse response =
        APACHE5.execute(new org.apache.hc.client5.http.classic.methods.HttpGet(url))) {
      org.apache.hc.core5.http.io.entity.EntityUtils.consume(response.getEntity());
      return response.getCode();
    }
  }

  private static int okhttpAsync(String url) throws Exception {
    CompletableFuture<Integer> status = new CompletableFuture<>();
    OKHTTP.newCall(new Request.Builder().url(url).build()).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        status.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          status.complete(response.code());
        }
      }
    });
    return await(status);
  }

  private static HttpRequest jdkRequest(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMillis(READ_TIMEOUT_MILLIS)).build();
  }


  private static HttpURLConnection open(String url) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
    connection.setReadTimeout(READ_TIMEOUT_MILLIS);
    return connection;
  }

  /** Reads the way careless code does: the status, then the body, then the status again. */
  private static int read(HttpURLConnection connection) throws IOException {
    int status = connection.getResponseCode();
    try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
    return connection.getResponseCode() == status ? status : -status;
  }

  /** A legacy POST: output on, no method set, the body written in two halves by a slow producer. */
  private static int post(String url) throws IOException, InterruptedException {
    HttpURLConnection connection = open(url);
    connection.setDoOutput(true);
    try (OutputStream out = connection.getOutputStream()) {
      out.write("first half, ".getBytes(StandardCharsets.UTF_8));
      Thread.sleep(BODY_PAUSE_MILLIS);
      out.write("second half".getBytes(StandardCharsets.UTF_8));
    }
    return read(connection);
  }
}
