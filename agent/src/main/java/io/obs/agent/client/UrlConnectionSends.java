package io.obs.agent.client;

import io.obs.agent.util.WeakIdentityMap;

/**
 * The sends of {@code HttpURLConnection}s, which span calls: {@code connect()} opens the
 * connection, {@code getOutputStream()} opens it and writes the request head for the body the
 * application then writes, {@code getInputStream()} (behind {@code getResponseCode()} and every
 * response getter) reads the response. One measurement per connection, from its first outermost
 * call that sends to the response read or the first failure, so a POST's covers its body and a
 * refused {@code connect()} counts once. Only a connection opened before its response is read
 * costs a map entry: a plain GET starts and ends inside one {@code getInputStream()}.
 */
final class UrlConnectionSends {

  private static final int MAX_OPEN = 10_000;
  /** The state of a connection whose opening failed: nothing more to measure. */
  private static final Object FAILED = new Object();

  private final HttpClientRecorder recorder;
  private final WeakIdentityMap<Object> open = new WeakIdentityMap<>(MAX_OPEN);

  UrlConnectionSends(HttpClientRecorder recorder) {
    this.recorder = recorder;
  }

  /**
   * An outermost call that may send.
   *
   * @param reading getInputStream (true), connect or getOutputStream (false)
   * @param fresh reading: no response read or failed yet; opening: not connected yet
   * @return the connection's measurement, or null when there is nothing to measure
   */
  Object enter(Object connection, boolean reading, boolean fresh, String scheme, String host, int port) {
    if (reading && !fresh) {
      return null;
    }
    Object state = open.get(connection);
    if (state == FAILED) {
      return null;
    }
    if (state != null) {
      if (reading) {
        open.remove(connection);
      }
      return state;
    }
    if (!fresh) {
      return null;
    }
    Object token = recorder.start(null, scheme, host, port);
    if (!reading) {
      open.put(connection, token);
    }
    return token;
  }

  /**
   * That call returned or threw. The measurement ends when the response was read or the call
   * failed, with the method as it is then (writing a body turns a GET into a POST).
   */
  void exit(Object connection, Object token, boolean reading, String method, int status, Throwable error) {
    if (reading || error != null) {
      recorder.end(token, method, status, error);
    }
    if (!reading && error != null) {
      open.remove(connection);
      open.put(connection, FAILED);
    }
  }
}
