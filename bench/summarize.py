"""Markdown summary of a bench/compare.sh CSV: median and spread per variant, ratios to no agent and to
the OpenTelemetry agent. Usage: python3 bench/summarize.py results.csv path seconds connections"""
import csv
import statistics
import sys

ROWS = [  # column, label, lower is better
    ("startup_ms", "start-up to first request (ms)", True),
    ("requests_per_s", "throughput (req/s)", False),
    ("p50_ms", "p50 latency (ms)", True),
    ("p99_ms", "p99 latency (ms)", True),
    ("cpu_us_per_request", "app CPU per request (µs)", True),
    ("rss_mb", "RSS after load (MB)", True),
    ("heap_after_gc_mb", "heap used after full GC (MB)", True),
    ("classes_loaded", "classes loaded", True),
    ("jar_mb", "agent jar (MB)", True),
]
VARIANTS = ["none", "obs-metrics", "obs-all", "otel"]


def main(path, url_path, seconds, connections):
    runs = list(csv.DictReader(open(path)))
    env = open(path[: -len(".csv")] + ".env").read().strip().lstrip("# ")
    rounds = len({r["round"] for r in runs})
    print(f"{env}; demo `GET {url_path}`, wrk -t2 -c{connections}, {seconds} s measured after JIT warm-up, "
          f"{rounds} interleaved rounds; median [min–max]; raw data: `{path}`\n")
    print("| | no agent | obs-agent metrics only | obs-agent all signals, OTLP export | OpenTelemetry agent 2.31.0 "
          "| obs all ÷ none | OTel ÷ none | obs all ÷ OTel |")
    print("|---|---|---|---|---|---|---|---|")
    for column, label, lower_better in ROWS:
        medians, cells = {}, []
        for variant in VARIANTS:
            values = [float(r[column]) for r in runs if r["variant"] == variant]
            if not values or column == "jar_mb" and variant == "none":
                cells.append("–")
                continue
            medians[variant] = statistics.median(values)
            cells.append(f"{fmt(medians[variant])} [{fmt(min(values))}–{fmt(max(values))}]")
        ratios = [ratio(medians, "obs-all", "none"), ratio(medians, "otel", "none"), ratio(medians, "obs-all", "otel")]
        if column == "jar_mb":
            ratios[:2] = ["–", "–"]
        print(f"| {label} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")


def fmt(value):
    return f"{value:,.0f}" if value >= 100 else f"{value:,.2f}" if value < 10 else f"{value:,.1f}"


def ratio(medians, a, b):
    if a not in medians or b not in medians or medians[b] == 0:
        return "–"
    return f"{medians[a] / medians[b]:.2f}x"


if __name__ == "__main__":
    main(*sys.argv[1:5])
