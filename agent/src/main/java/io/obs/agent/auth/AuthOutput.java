package io.obs.agent.auth;

import io.opentelemetry.api.trace.SpanContext;

/** Where {@link AuthRecorder} sends each signal it decided on. */
interface AuthOutput {

  /**
   * @param span the request's span, or null
   * @param route the request's route, or null when no servlet named one
   * @param path the request path, or null
   * @param status the response status of an {@link AuthEvent#DENIED}, else 0
   */
  void emit(AuthEvent event, SpanContext span, String clientAddress, String route, String path, String user, int status);
}
