package io.obs.agent.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class HttpClientRecorderTest {

  /** Shaped like OkHttp's Callback and Response. */
  public interface Callback {
    void onFailure(Object call, IOException e) throws IOException;

    void onResponse(Object call, Response response) throws IOException;
  }

  public static final class Response {
    private final int code;

    Response(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  /** Shaped like Apache HttpClient 5's AsyncExecCallback: the head first, the end later. */
  public interface ExecCallback {
    Object handleResponse(Response response, Object entity);

    void handleInformationResponse(Response response);

    void completed();

    void failed(Exception cause);
  }

  private final List<String> ended = new ArrayList<>();
  private final List<String> delegated = new ArrayList<>();

  private Object wrap(Class<?> type, Object delegate) {
    return ClientCallbacks.wrap(type, delegate, (status, error) -> ended.add(status + " " + (error == null ? "" : error.getClass().getSimpleName())));
  }

  @Test
  void theDebugHeaderSettingIsOneNameValuePair() {
    assertArrayEquals(new String[] {"X-Test", "a:b"}, HttpClientRecorder.debugHeaders("X-Test: a:b"));
    assertArrayEquals(new String[0], HttpClientRecorder.debugHeaders(null));
    assertArrayEquals(new String[0], HttpClientRecorder.debugHeaders("no-colon"));
    assertArrayEquals(new String[0], HttpClientRecorder.debugHeaders(":value"));
  }

  @Test
  void aLibraryCallbackEndsTheSendThenRunsTheApplications() throws IOException {
    Callback app = new Callback() {
      @Override
      public void onFailure(Object call, IOException e) {
        delegated.add("failure");
      }

      @Override
      public void onResponse(Object call, Response response) throws IOException {
        delegated.add("response");
        throw new IOException("the application's own");
      }
    };
    Callback wrapped = (Callback) wrap(Callback.class, app);
    IOException thrown = assertThrows(IOException.class, () -> wrapped.onResponse("call", new Response(503)));
    assertEquals("the application's own", thrown.getMessage());
    ((Callback) wrap(Callback.class, app)).onFailure("call", new java.net.ConnectException());
    assertEquals(List.of("503 ", "-1 ConnectException"), ended);
    assertEquals(List.of("response", "failure"), delegated);
  }

  @Test
  void aCallbackWithCompletedEndsThereWithTheStatusOfTheHead() {
    List<String> calls = new ArrayList<>();
    ExecCallback app = new ExecCallback() {
      @Override
      public Object handleResponse(Response response, Object entity) {
        calls.add("head " + response.code());
        return "consumer";
      }

      @Override
      public void handleInformationResponse(Response response) {
        calls.add("info " + response.code());
      }

      @Override
      public void completed() {
        calls.add("completed");
      }

      @Override
      public void failed(Exception cause) {
        calls.add("failed");
      }
    };
    ExecCallback ok = (ExecCallback) wrap(ExecCallback.class, app);
    ok.handleInformationResponse(new Response(100));
    assertEquals("consumer", ok.handleResponse(new Response(500), null));
    assertEquals(List.of(), ended, "the head alone ends nothing");
    ok.completed();
    ok.completed();
    ExecCallback broken = (ExecCallback) wrap(ExecCallback.class, app);
    broken.handleResponse(new Response(200), null);
    broken.failed(new IOException());
    ((ExecCallback) wrap(ExecCallback.class, null)).failed(new java.net.ConnectException());
    assertEquals(List.of("500 ", "200 IOException", "-1 ConnectException"), ended);
    assertEquals(List.of("info 100", "head 500", "completed", "completed", "head 200", "failed"), calls);
  }

  @Test
  void anInformationalResponseEndsNothing() throws IOException {
    Callback callback = (Callback) wrap(Callback.class, null);
    callback.onResponse("call", new Response(103));
    callback.onResponse("call", new Response(204));
    assertEquals(List.of("204 "), ended);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCompletableFutureEndsWhenItCompletes() {
    CompletableFuture<Object> future = new CompletableFuture<>();
    // a dependent stage sees a CompletionException: what counts is the client's own exception
    future.thenApply(x -> x).whenComplete((BiConsumer<Object, Throwable>) wrap(BiConsumer.class, null));
    future.completeExceptionally(new IOException());
    assertEquals(List.of("-1 IOException"), ended);
  }

  @Test
  void classesCannotBeWrapped() {
    assertEquals(null, wrap(Response.class, null));
    Object callback = wrap(Callback.class, null);
    assertSame(callback, callback);
    assertEquals(callback.hashCode(), System.identityHashCode(callback));
  }
}
