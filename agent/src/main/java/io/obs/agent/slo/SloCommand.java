package io.obs.agent.slo;

import io.obs.agent.metrics.ServerRequestMetrics;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code java -jar obs-agent.jar slo --service shop --availability 99.9 --latency 250ms:99}: prints
 * the recording and alerting rules of a service's SLOs. Exit 0 with the rules on stdout; exit 2
 * with the problem and the usage on stderr when the arguments are wrong.
 */
public final class SloCommand {

  static final int USAGE_ERROR = 2;
  static final String DEFAULT_RUNBOOK_URL = "https://github.com/obs-agent/obs-agent/blob/main/config/runbooks";
  static final String DEFAULT_GRAFANA_URL = "http://localhost:3000";
  static final String USAGE = String.join("\n",
      "usage: java -jar obs-agent.jar slo --service NAME [--availability PCT] [--latency DURATION:PCT]",
      "           [--window DURATION] [--runbook-url URL] [--grafana-url URL] [--time-divisor N]",
      "Prints Prometheus recording and multi-window, multi-burn-rate alerting rules for one service,",
      "computed from " + ServerRequestMetrics.DURATION + " as this agent exports it. Give at least one SLO.",
      "  --service NAME          the `service` label prometheus.yml attaches to the service's scrape targets",
      "  --availability PCT      share of requests that must not fail (5xx or exception), e.g. 99.9",
      "  --latency DURATION:PCT  share of requests that must be faster than DURATION, e.g. 250ms:99;",
      "                          DURATION must be a bucket bound: " + bucketList(),
      "  --window DURATION       the SLO period, in days or hours, at least 3d (default 30d)",
      "  --runbook-url URL       where config/runbooks is served (default " + DEFAULT_RUNBOOK_URL + ")",
      "  --grafana-url URL       Grafana, for dashboard links (default " + DEFAULT_GRAFANA_URL + ")",
      "  --time-divisor N        divide every window by N, for tests that cannot wait hours (default 1)",
      "");

  private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern PERCENT = Pattern.compile("\\d{1,2}(\\.\\d+)?");
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");
  private static final Pattern URL = Pattern.compile("https?://[^\\s\"'{}]+");

  private SloCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      out.print(USAGE);
      return 0;
    }
    try {
      out.print(SloRules.render(parse(args)));
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("obs-agent slo: " + e.getMessage());
      err.print(USAGE);
      return USAGE_ERROR;
    }
  }

  static SloSpec parse(String[] args) {
    if (args.length == 0 || !args[0].equals("slo")) {
      throw new IllegalArgumentException(args.length == 0 ? "no command given; the only command is slo"
          : "unknown command '" + args[0] + "'; the only command is slo");
    }
    SloSpec spec = new SloSpec(String.join(" ", args));
    for (int i = 1; i < args.length; i += 2) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[i + 1];
      switch (option) {
        case "--service":
          spec.service = require(SERVICE, value, option, "letters, digits, '_', '.', '-'");
          break;
        case "--availability":
          spec.availability = percent(value, option);
          break;
        case "--latency":
          latency(spec, value);
          break;
        case "--window":
          spec.windowSeconds = seconds(value, option);
          if (!value.matches("\\d+[dh]") || spec.windowSeconds < 3 * 86400) {
            throw new IllegalArgumentException("--window " + value + ": give days or hours, at least 3d (the ticket alert looks back 3d)");
          }
          spec.window = value;
          break;
        case "--runbook-url":
          spec.runbookUrl = require(URL, value, option, "an http(s) URL").replaceAll("/+$", "");
          break;
        case "--grafana-url":
          spec.grafanaUrl = require(URL, value, option, "an http(s) URL").replaceAll("/+$", "");
          break;
        case "--time-divisor":
          spec.divisor = divisor(value);
          break;
        default:
          throw new IllegalArgumentException("unknown option '" + option + "'");
      }
    }
    if (spec.service == null) {
      throw new IllegalArgumentException("--service is required");
    }
    if (spec.availability == null && spec.latencyObjective == null) {
      throw new IllegalArgumentException("give --availability, --latency or both");
    }
    for (long window : spec.windows().values()) {
      if (window % spec.divisor != 0) {
        throw new IllegalArgumentException("--time-divisor " + spec.divisor + " does not divide every window into whole seconds");
      }
    }
    return spec;
  }

  private static void latency(SloSpec spec, String value) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("--latency " + value + ": expected DURATION:PCT, e.g. 250ms:99");
    }
    String duration = value.substring(0, colon);
    Matcher m = DURATION.matcher(duration);
    if (!m.matches() || !(m.group(2).equals("ms") || m.group(2).equals("s"))) {
      throw new IllegalArgumentException("--latency " + value + ": the threshold is milliseconds or seconds, e.g. 250ms or 1s");
    }
    double seconds = Long.parseLong(m.group(1)) / (m.group(2).equals("ms") ? 1000.0 : 1.0);
    spec.latencyBucket = Arrays.stream(ServerRequestMetrics.buckets()).filter(b -> Math.abs(b - seconds) < 1e-9).boxed()
        .findFirst().orElseThrow(() -> new IllegalArgumentException("--latency " + value + ": " + duration
            + " is not a bucket bound of " + ServerRequestMetrics.DURATION + ", so no series counts the requests under it;"
            + " use one of " + bucketList()));
    spec.latency = duration;
    spec.latencyObjective = percent(value.substring(colon + 1), "--latency");
  }

  private static BigDecimal percent(String value, String option) {
    BigDecimal percent = PERCENT.matcher(value).matches() ? new BigDecimal(value) : null;
    if (percent == null || percent.signum() <= 0) {
      throw new IllegalArgumentException(option + " " + value + ": expected a percentage above 0 and below 100, e.g. 99.9");
    }
    return percent;
  }

  static long seconds(String value, String option) {
    Matcher m = DURATION.matcher(value);
    if (!m.matches() || m.group(2).equals("ms")) {
      throw new IllegalArgumentException(option + " " + value + ": expected a duration such as 30d, 6h, 5m");
    }
    long n = Long.parseLong(m.group(1));
    switch (m.group(2)) {
      case "d": return n * 86400;
      case "h": return n * 3600;
      case "m": return n * 60;
      default: return n;
    }
  }

  private static int divisor(String value) {
    if (!value.matches("[1-9]\\d{0,5}")) {
      throw new IllegalArgumentException("--time-divisor " + value + ": expected a positive whole number");
    }
    return Integer.parseInt(value);
  }

  private static String require(Pattern pattern, String value, String option, String allowed) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(option + " '" + value + "': expected " + allowed);
    }
    return value;
  }

  private static String bucketList() {
    return Arrays.stream(ServerRequestMetrics.buckets())
        .mapToObj(b -> b == Math.rint(b) ? (long) b + "s" : Math.round(b * 1000) + "ms")
        .collect(Collectors.joining(" "));
  }
}
