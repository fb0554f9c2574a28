package io.obs.agent.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CI guard of the metrics-only hot path (issue #8): time is noisy on a shared machine, allocated
 * bytes are not. One request as the advice reports it (server start, one JDBC execution of a prepared
 * statement, server end) through the runtime the agent composes with tracing off, measured with the
 * thread's allocation counter after the JIT has compiled the loop.
 */
class HotPathAllocationTest {

  /** Bytes per request; measured 48 on JDK 17 (the request token, nothing else; 0 on JDK 25, which scalar-replaces it). */
  private static final long BUDGET_PER_REQUEST = 56;
  private static final int WARM_UP = 300_000;
  private static final int MEASURED = 100_000;

  @Test
  void aMetricsOnlyRequestWithOneQueryStaysWithinItsAllocationBudget() {
    HooksFixture fixture = new HooksFixture(Map.of("obs.traces.enabled", "false"));
    for (int i = 0; i < WARM_UP; i++) {
      fixture.requestWithQuery();
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < MEASURED; i++) {
      fixture.requestWithQuery();
    }
    long perRequest = (threads.getThreadAllocatedBytes(thread) - before) / MEASURED;
    System.out.println("metrics-only hot path: " + perRequest + " bytes allocated per request");
    assertTrue(perRequest <= BUDGET_PER_REQUEST,
        "the metrics-only hot path allocates " + perRequest + " B per request, over its budget of " + BUDGET_PER_REQUEST);
  }
}
