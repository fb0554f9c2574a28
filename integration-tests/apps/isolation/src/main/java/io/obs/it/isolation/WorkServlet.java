package io.obs.it.isolation;

import static net.bytebuddy.matcher.ElementMatchers.named;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.prometheus.metrics.core.metrics.Counter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.implementation.FixedValue;

/**
 * Per request: counts it in the app's own default Prometheus registry, starts and ends a span through
 * the app's OpenTelemetry API (no SDK: a no-op span), generates and calls a class with the app's Byte
 * Buddy, and answers with JSON that the app's Jackson wrote, read back and wrote again.
 */
public final class WorkServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Counter REQUESTS = Counter.builder()
      .name("isolation_work_requests").help("Requests to /work, counted by the app's own Prometheus client").register();
  private static final Tracer TRACER = GlobalOpenTelemetry.getTracer("isolation-app");

  /** The answer. */
  public record Work(String generated, String generatedClass, String traceId, String jackson) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    REQUESTS.inc();
    Span span = TRACER.spanBuilder("work").startSpan();
    try {
      Supplier<String> generated = generate();
      Work work = new Work(generated.get(), generated.getClass().getName(), span.getSpanContext().getTraceId(),
          PackageVersion.VERSION.toString());
      Work back = JSON.readValue(JSON.writeValueAsString(work), Work.class);
      if (!back.equals(work)) {
        throw new IllegalStateException("Jackson round trip changed " + work + " into " + back);
      }
      response.setContentType("application/json");
      response.getWriter().write(JSON.writeValueAsString(back));
    } finally {
      span.end();
    }
  }

  @SuppressWarnings("unchecked")
  private static Supplier<String> generate() {
    try {
      return (Supplier<String>) new ByteBuddy().subclass(Object.class).implement(Supplier.class)
          .method(named("get")).intercept(FixedValue.value("hello from a generated class"))
          .make().load(WorkServlet.class.getClassLoader()).getLoaded()
          .getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
