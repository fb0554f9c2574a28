package io.obs.agent.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

  private final List<Throwable> failures = new ArrayList<>();
  private final List<String> changes = new ArrayList<>();

  private static HealthCheck check(String name, HealthCheck.Kind kind, Supplier<HealthResult> result) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Kind kind() {
        return kind;
      }

      @Override
      public HealthResult check() {
        return result.get();
      }
    };
  }

  private HealthService service(HealthCheck... checks) {
    return new HealthService(List.of(checks), failures::add, (check, up, result) -> changes.add(check.name() + (up ? " UP" : " DOWN")));
  }

  private static String body(HealthService.Report report) {
    return new String(report.json, StandardCharsets.UTF_8);
  }

  private static final HealthCheck LIVE = check("deadlock", HealthCheck.Kind.LIVENESS,
      () -> HealthResult.up().with("deadlocked_threads", 0));
  private static final HealthCheck READY = check("serving", HealthCheck.Kind.READINESS,
      () -> HealthResult.up().with("state", "serving"));
  private static final HealthCheck NOT_READY = check("heap", HealthCheck.Kind.READINESS,
      () -> HealthResult.down().with("used_after_gc_bytes", 99L).with("ratio", 0.99).with("gc", true));

  @Test
  void aChangeOfStatusIsReportedOnceAndTheFirstLookIsNoChange() {
    java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean(true);
    HealthService service = service(check("db", HealthCheck.Kind.READINESS,
        () -> up.get() ? HealthResult.up() : HealthResult.down()));
    service.report(null);
    service.report(null);
    up.set(false);
    service.report(HealthCheck.Kind.READINESS);
    service.report(null);
    up.set(true);
    service.report(null);
    assertEquals(List.of("db DOWN", "db UP"), changes);
  }

  @Test
  void allUp() {
    HealthService.Report report = service(LIVE, READY).report(null);
    assertTrue(report.up);
    assertEquals("{\"status\":\"UP\",\"checks\":["
        + "{\"name\":\"deadlock\",\"status\":\"UP\",\"data\":{\"deadlocked_threads\":0}},"
        + "{\"name\":\"serving\",\"status\":\"UP\",\"data\":{\"state\":\"serving\"}}]}", body(report));
  }

  @Test
  void anyDownIsDown() {
    HealthService.Report report = service(LIVE, NOT_READY, READY).report(null);
    assertFalse(report.up);
    assertEquals("{\"status\":\"DOWN\",\"checks\":["
        + "{\"name\":\"deadlock\",\"status\":\"UP\",\"data\":{\"deadlocked_threads\":0}},"
        + "{\"name\":\"heap\",\"status\":\"DOWN\",\"data\":{\"used_after_gc_bytes\":99,\"ratio\":0.99,\"gc\":true}},"
        + "{\"name\":\"serving\",\"status\":\"UP\",\"data\":{\"state\":\"serving\"}}]}", body(report));
  }

  @Test
  void checkWithoutDataHasNoDataField() {
    HealthService.Report report = service(check("plain", HealthCheck.Kind.READINESS, HealthResult::up)).report(null);
    assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"plain\",\"status\":\"UP\"}]}", body(report));
  }

  @Test
  void stringsAreEscaped() {
    HealthService.Report report = service(check("q\"uote", HealthCheck.Kind.READINESS,
        () -> HealthResult.up().with("path", "C:\\x\n"))).report(null);
    assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"q\\\"uote\",\"status\":\"UP\","
        + "\"data\":{\"path\":\"C:\\\\x\\n\"}}]}", body(report));
  }

  @Test
  void throwingCheckIsDownWithTheErrorAndCounted() {
    IllegalStateException boom = new IllegalStateException("boom");
    HealthService service = service(LIVE, check("db", HealthCheck.Kind.READINESS, () -> {
      throw boom;
    }), check("oom", HealthCheck.Kind.READINESS, () -> {
      throw new OutOfMemoryError("test");
    }), READY);
    HealthService.Report report = service.report(null);
    assertFalse(report.up);
    assertEquals("{\"status\":\"DOWN\",\"checks\":["
        + "{\"name\":\"deadlock\",\"status\":\"UP\",\"data\":{\"deadlocked_threads\":0}},"
        + "{\"name\":\"db\",\"status\":\"DOWN\",\"data\":{\"error\":\"java.lang.IllegalStateException\"}},"
        + "{\"name\":\"oom\",\"status\":\"DOWN\",\"data\":{\"error\":\"java.lang.OutOfMemoryError\"}},"
        + "{\"name\":\"serving\",\"status\":\"UP\",\"data\":{\"state\":\"serving\"}}]}", body(report));
    assertEquals(2, failures.size());
    assertSame(boom, failures.get(0));
    assertEquals(OutOfMemoryError.class, failures.get(1).getClass());
  }

  @Test
  void livenessRunsOnlyLivenessChecks() {
    HealthService.Report report = service(LIVE, NOT_READY).report(HealthCheck.Kind.LIVENESS);
    assertTrue(report.up);
    assertEquals("{\"status\":\"UP\",\"checks\":["
        + "{\"name\":\"deadlock\",\"status\":\"UP\",\"data\":{\"deadlocked_threads\":0}}]}", body(report));
  }

  @Test
  void readinessRunsOnlyReadinessChecks() {
    HealthService.Report report = service(LIVE, READY, NOT_READY).report(HealthCheck.Kind.READINESS);
    assertFalse(report.up);
    assertEquals("{\"status\":\"DOWN\",\"checks\":["
        + "{\"name\":\"serving\",\"status\":\"UP\",\"data\":{\"state\":\"serving\"}},"
        + "{\"name\":\"heap\",\"status\":\"DOWN\",\"data\":{\"used_after_gc_bytes\":99,\"ratio\":0.99,\"gc\":true}}]}",
        body(report));
  }

  @Test
  void unselectedChecksDoNotRun() {
    HealthService service = service(check("failing-liveness", HealthCheck.Kind.LIVENESS, () -> {
      throw new AssertionError("must not run");
    }), READY);
    assertTrue(service.report(HealthCheck.Kind.READINESS).up);
    assertEquals(List.of(), failures);
  }

  @Test
  void noChecksIsUp() {
    HealthService.Report report = service().report(HealthCheck.Kind.LIVENESS);
    assertTrue(report.up);
    assertEquals("{\"status\":\"UP\",\"checks\":[]}", body(report));
  }
}
