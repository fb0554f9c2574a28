package io.obs.agent.auth;

import io.obs.agent.log.EventLog;
import io.opentelemetry.api.trace.SpanContext;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Decides which authentication signals one request gives, so nothing is counted twice:
 * <ul>
 *   <li>each credential check of the container (Tomcat realm; BASIC, FORM, DIGEST or
 *       {@code request.login}) is one {@code auth.login.success} or {@code auth.login.failure};
 *       {@code request.login} is checked once, however many realms it passes through;
 *   <li>{@code request.logout} by a logged-in user is one {@code auth.logout};
 *   <li>a 401 or 403 response is one {@code auth.denied}, unless a login of the same request
 *       failed: that 401 is the failure already counted.
 * </ul>
 * A check the container makes before any servlet runs has no request yet: it waits on its thread
 * until the container finishes the request ({@link #requestEnded}), then is emitted with the
 * request's client address and path.
 */
public final class AuthRecorder {

  private final AuthOutput output;
  private final ThreadLocal<RequestAuth> current = ThreadLocal.withInitial(RequestAuth::new);

  AuthRecorder(AuthOutput output) {
    this.output = output;
  }

  /** Signals to {@code app_auth_events_total} and the event log; user names only when {@code logUser}. */
  public static AuthRecorder create(PrometheusRegistry registry, EventLog log, boolean logUser) {
    return new AuthRecorder(new AuthSignals(registry, log, logUser));
  }

  public static boolean denial(int status) {
    return status == 401 || status == 403;
  }

  /** The container's outermost credential check on this thread. */
  public void checked(String user, boolean success) {
    RequestAuth auth = current.get();
    if (auth.pending) { // a second check before the request ended: the first goes out as it is
      output.emit(AuthEvent.login(auth.success), null, null, null, null, auth.user, 0);
    }
    auth.checked(user, success);
  }

  /** {@code request.login} inside a servlet, whose request is known. */
  public void login(boolean success, String user, SpanContext span, String route, String clientAddress, String path) {
    output.emit(AuthEvent.login(success), span, clientAddress, route, path, user, 0);
  }

  public void logout(String user, SpanContext span, String route, String clientAddress, String path) {
    output.emit(AuthEvent.LOGOUT, span, clientAddress, route, path, user, 0);
  }

  /**
   * A servlet answered 401 or 403.
   *
   * @param loginFailed whether a {@code request.login} of this request failed
   */
  public void servletDenied(boolean loginFailed, int status, SpanContext span, String route, String clientAddress) {
    if (!loginFailed && !current.get().failedCheck) {
      output.emit(AuthEvent.DENIED, span, clientAddress, route, null, null, status);
    }
  }

  /** The container finished a request on this thread: whether {@link #requestEvents} has something to emit. */
  public boolean requestEnded(int status) {
    RequestAuth auth = current.get();
    auth.status = status;
    return auth.pending || denial(status);
  }

  /**
   * Emits what {@link #requestEnded} found.
   *
   * @param servletSaw whether a servlet handled the request (it reported any denial itself)
   */
  public void requestEvents(boolean servletSaw, SpanContext span, String route, String clientAddress, String path) {
    RequestAuth auth = current.get();
    if (auth.pending) {
      output.emit(AuthEvent.login(auth.success), span, clientAddress, route, path, auth.user, 0);
    }
    if (denial(auth.status) && !servletSaw && !auth.failedCheck) {
      output.emit(AuthEvent.DENIED, span, clientAddress, route, path, null, auth.status);
    }
    auth.clear();
  }
}
