package io.obs.agent.health;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs the checks of one kind (or all) and renders the MicroProfile Health body:
 * {@code {"status":"UP","checks":[{"name":..,"status":..,"data":{..}}]}}. A check that throws is
 * DOWN with the exception in its data, and the failure is counted.
 */
public final class HealthService {

  /** The answer: overall status and the JSON body. */
  public static final class Report {
    public final boolean up;
    public final byte[] json;

    Report(boolean up, byte[] json) {
      this.up = up;
      this.json = json;
    }
  }

  private static final JsonFactory JSON = new JsonFactory();

  /** A check's status differs from the last time it was evaluated. */
  public interface ChangeListener {
    void changed(HealthCheck check, boolean up, HealthResult result);
  }

  private final List<HealthCheck> checks;
  private final Consumer<Throwable> onCheckFailure;
  private final ChangeListener onChange;
  private final Map<String, Boolean> lastStatus = new ConcurrentHashMap<>();

  public HealthService(List<HealthCheck> checks, Consumer<Throwable> onCheckFailure, ChangeListener onChange) {
    this.checks = List.copyOf(checks);
    this.onCheckFailure = onCheckFailure;
    this.onChange = onChange;
  }

  /** @param kind the checks to run, or null for all of them ({@code /health}) */
  public Report report(HealthCheck.Kind kind) {
    List<HealthCheck> selected = new ArrayList<>();
    List<HealthResult> results = new ArrayList<>();
    boolean allUp = true;
    for (HealthCheck check : checks) {
      if ((kind == null || check.kind() == kind) && check.reported()) {
        HealthResult result = run(check);
        allUp &= result.isUp();
        selected.add(check);
        results.add(result);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("status", allUp ? "UP" : "DOWN");
      json.writeArrayFieldStart("checks");
      for (int i = 0; i < selected.size(); i++) {
        write(json, selected.get(i).name(), results.get(i));
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Report(allUp, out.toByteArray());
  }

  HealthResult run(HealthCheck check) {
    HealthResult result;
    try {
      result = check.check();
    } catch (RuntimeException | Error e) {
      onCheckFailure.accept(e);
      result = HealthResult.down().with("error", e.getClass().getName());
    }
    Boolean before = lastStatus.put(check.name(), result.isUp());
    if (before != null && before != result.isUp()) {
      onChange.changed(check, result.isUp(), result);
    }
    return result;
  }

  private static void write(JsonGenerator json, String name, HealthResult result) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", name);
    json.writeStringField("status", result.isUp() ? "UP" : "DOWN");
    if (!result.data().isEmpty()) {
      json.writeObjectFieldStart("data");
      for (Map.Entry<String, Object> e : result.data().entrySet()) {
        Object v = e.getValue();
        if (v instanceof Long || v instanceof Integer) {
          json.writeNumberField(e.getKey(), ((Number) v).longValue());
        } else if (v instanceof Number) {
          json.writeNumberField(e.getKey(), ((Number) v).doubleValue());
        } else if (v instanceof Boolean) {
          json.writeBooleanField(e.getKey(), (Boolean) v);
        } else {
          json.writeStringField(e.getKey(), String.valueOf(v));
        }
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}
