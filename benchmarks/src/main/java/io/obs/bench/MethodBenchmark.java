package io.obs.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One call of a small method named by {@code obs.methods} ({@link Pricing#price}); with a business
 * event ({@code obs.events.*}) on {@link Pricing#quote}, which reads one getter and the return value.
 */
public abstract class MethodBenchmark extends PerCall {

  static final String METHODS = "-Dobs.methods=io.obs.bench.MethodBenchmark$Pricing#price";
  static final String EVENT = "-Dobs.events.bench.quoted=io.obs.bench.MethodBenchmark$Pricing#quote:sku=arg0.sku,return";
  /** Events are written (and, past the queue, dropped and counted) by the agent's writer thread. */
  static final String LOG = "-Dobs.log.target=file:target/method-benchmark-events.jsonl";

  /** The application's code: what the agent weaves. */
  public static final class Pricing {
    private long total;

    public long price(int quantity) {
      total += quantity * 199L;
      return total;
    }

    public long quote(Item item) {
      total += item.getSku().length();
      return total;
    }
  }

  public static final class Item {
    private final String sku;

    Item(String sku) {
      this.sku = sku;
    }

    public String getSku() {
      return sku;
    }
  }

  private final Pricing pricing = new Pricing();
  private final Item item = new Item("sku-42");

  @Setup
  public void ready() throws InterruptedException {
    Agent.awaitStarted();
  }

  @TearDown
  public void counts() {
    Agent.printCounts("app_method_duration_seconds_count");
    Agent.printCounts("app_events_total");
  }

  @Benchmark
  public long price() {
    return pricing.price(3);
  }

  @Benchmark
  public long quote() {
    return pricing.quote(item);
  }

  /** The JVM as it is. */
  @Fork(1)
  public static class NoAgent extends MethodBenchmark {}

  /**
   * Both methods configured, every call a sampled span kept in process ({@code obs.traces.exporter=none}:
   * an exporter thread failing to reach a missing backend would compete for the CPU, not add to a call).
   */
  @Fork(value = 1, jvmArgsAppend = {Agent.JAVAAGENT, Agent.SETTINGS, METHODS, EVENT, LOG, "-Dobs.traces.exporter=none"})
  public static class WithAgent extends MethodBenchmark {}

  /** The same with {@code obs.traces.enabled=false}: the histogram (and the event) only. */
  @Fork(value = 1, jvmArgsAppend = {Agent.JAVAAGENT, Agent.SETTINGS, METHODS, EVENT, LOG, "-Dobs.traces.enabled=false"})
  public static class WithAgentNoTraces extends MethodBenchmark {}
}
