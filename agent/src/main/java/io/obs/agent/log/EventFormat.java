package io.obs.agent.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.obs.agent.redact.Redactor;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes events as one JSON object per line with Jackson's streaming generator: {@code ts} (RFC 3339,
 * UTC, milliseconds), {@code level}, {@code event}, {@code service.name}, {@code trace_id} and
 * {@code span_id} when known, then the event's attributes in order, every string redacted. Used by
 * the writer thread only.
 */
final class EventFormat {

  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private final JsonFactory factory = new JsonFactory();
  private final String serviceName;
  private final Redactor redactor;

  /** @param redactor applied to every string value, here on the writer thread rather than the application's */
  EventFormat(String serviceName, Redactor redactor) {
    this.serviceName = serviceName;
    this.redactor = redactor;
  }

  /** The event and a new line; nothing is flushed. */
  void write(Event event, OutputStream out) throws IOException {
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("ts", TS.format(Instant.ofEpochMilli(event.epochMillis)));
      json.writeStringField("level", event.level);
      json.writeStringField("event", event.name);
      json.writeStringField("service.name", serviceName);
      if (event.traceId != null) {
        json.writeStringField("trace_id", event.traceId);
        json.writeStringField("span_id", event.spanId);
      }
      Object[] a = event.attributes;
      for (int i = 0; i + 1 < a.length; i += 2) {
        field(json, (String) a[i], a[i + 1], redactor);
      }
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void field(JsonGenerator json, String key, Object value, Redactor redactor) throws IOException {
    if (value == null) {
      return;
    }
    json.writeFieldName(key);
    if (value instanceof Long || value instanceof Integer) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number) {
      json.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Boolean) {
      json.writeBoolean((Boolean) value);
    } else {
      json.writeString(redactor.redact(value.toString()));
    }
  }
}
