package io.obs.agent.trace.otlp;

/** Field numbers of opentelemetry/proto (collector/trace/v1, trace/v1, resource/v1, common/v1) that the encoder writes. */
final class Field {

  private Field() {}

  static final int RESOURCE_SPANS = 1; // ExportTraceServiceRequest
  static final int RESOURCE = 1; // ResourceSpans
  static final int SCOPE_SPANS = 2;
  static final int SCHEMA_URL = 3; // ResourceSpans and ScopeSpans
  static final int RESOURCE_ATTRIBUTES = 1; // Resource
  static final int SCOPE = 1; // ScopeSpans
  static final int SPANS = 2;
  static final int SCOPE_NAME = 1; // InstrumentationScope
  static final int SCOPE_VERSION = 2;
  static final int SCOPE_ATTRIBUTES = 3;

  static final int SPAN_TRACE_ID = 1; // Span
  static final int SPAN_SPAN_ID = 2;
  static final int SPAN_TRACE_STATE = 3;
  static final int SPAN_PARENT_SPAN_ID = 4;
  static final int SPAN_NAME = 5;
  static final int SPAN_KIND = 6;
  static final int SPAN_START = 7;
  static final int SPAN_END = 8;
  static final int SPAN_ATTRIBUTES = 9;
  static final int SPAN_DROPPED_ATTRIBUTES = 10;
  static final int SPAN_EVENTS = 11;
  static final int SPAN_DROPPED_EVENTS = 12;
  static final int SPAN_LINKS = 13;
  static final int SPAN_DROPPED_LINKS = 14;
  static final int SPAN_STATUS = 15;
  static final int SPAN_FLAGS = 16;

  static final int EVENT_TIME = 1; // Span.Event
  static final int EVENT_NAME = 2;
  static final int EVENT_ATTRIBUTES = 3;
  static final int EVENT_DROPPED_ATTRIBUTES = 4;

  static final int LINK_TRACE_ID = 1; // Span.Link
  static final int LINK_SPAN_ID = 2;
  static final int LINK_TRACE_STATE = 3;
  static final int LINK_ATTRIBUTES = 4;
  static final int LINK_DROPPED_ATTRIBUTES = 5;
  static final int LINK_FLAGS = 6;

  static final int STATUS_MESSAGE = 2; // Status
  static final int STATUS_CODE = 3;

  static final int KEY = 1; // KeyValue
  static final int VALUE = 2;
  static final int STRING_VALUE = 1; // AnyValue
  static final int BOOL_VALUE = 2;
  static final int INT_VALUE = 3;
  static final int DOUBLE_VALUE = 4;
  static final int ARRAY_VALUE = 5;
  static final int KVLIST_VALUE = 6;
  static final int BYTES_VALUE = 7;
  static final int ARRAY_VALUES = 1; // ArrayValue
  static final int KVLIST_VALUES = 1; // KeyValueList
}
