package io.obs.agent.auth;

import io.obs.agent.log.EventLog;

/** The four authentication signals: event names in the log, and the {@code event} label of {@code app_auth_events_total}. */
public enum AuthEvent {
  LOGIN_SUCCESS("auth.login.success", EventLog.INFO),
  LOGIN_FAILURE("auth.login.failure", EventLog.WARN),
  LOGOUT("auth.logout", EventLog.INFO),
  DENIED("auth.denied", EventLog.WARN);

  private final String eventName;
  private final String level;

  AuthEvent(String eventName, String level) {
    this.eventName = eventName;
    this.level = level;
  }

  /** The event name, also the metric's label value. */
  public String eventName() {
    return eventName;
  }

  String level() {
    return level;
  }

  static AuthEvent login(boolean success) {
    return success ? LOGIN_SUCCESS : LOGIN_FAILURE;
  }
}
