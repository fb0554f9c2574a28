package io.obs.agent.log;

/** One event line before it is written: made on the application's thread, serialised on the writer's. */
final class Event {

  final long epochMillis;
  final String level;
  final String name;
  final String traceId;
  final String spanId;
  /** key, value, key, value...; values are Strings, Numbers or Booleans, nulls are left out. */
  final Object[] attributes;

  Event(long epochMillis, String level, String name, String traceId, String spanId, Object[] attributes) {
    this.epochMillis = epochMillis;
    this.level = level;
    this.name = name;
    this.traceId = traceId;
    this.spanId = spanId;
    this.attributes = attributes;
  }
}
