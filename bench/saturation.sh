#!/usr/bin/env bash
# Cost of the request thread pool detection (obs.instrumentation.request-threads.enabled true vs false),
# interleaved in one run on the demo (embedded Tomcat + H2):
#  - start-up: ms from launching the JVM until its first GET /users/1 is answered (polled every 10 ms),
#    and the CPU ms (user + system) the JVM had used by then (less disturbed by a busy machine);
#  - scrape: ms and bytes of GET /metrics (after 50 warm-up scrapes, SCRAPES timed), and the bytes of the
#    saturation families alone.
# Usage: bench/saturation.sh [runs, default 5] [scrapes, default 200]. Needs a built tree.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
SCRAPES=${2:-200}
AGENT=agent/target/obs-agent.jar
DEMO=integration-tests/demo/target/obs-demo.jar
PORT=18091
AGENT_PORT=18092
FAMILIES='^(http_server_thread_|jvm_cpu_recent_utilization_ratio|jvm_system_cpu_utilization_ratio|jvm_gc_overhead_ratio|jvm_memory_heap_used_after_last_gc_ratio)'

run() { # $1 = true|false; prints "startup_ms startup_cpu_ms scrape_ms_median bytes family_bytes"
  local start; start=$(date +%s%N)
  java -javaagent:$AGENT -Dobs.server.port=$AGENT_PORT -Dobs.traces.enabled=false -Dobs.log.target=none \
    -Dobs.instrumentation.request-threads.enabled="$1" -jar $DEMO $PORT > /dev/null 2>&1 & local pid=$!
  until curl -sf -o /dev/null localhost:$PORT/users/1; do sleep 0.01; done
  local end; end=$(date +%s%N)
  local cpu; cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' /proc/$pid/stat)
  for i in $(seq 1 50); do curl -sf -o /dev/null localhost:$AGENT_PORT/metrics; done
  local times; times=$(for i in $(seq 1 "$SCRAPES"); do
    curl -sf -o /dev/null -w '%{time_total}\n' localhost:$AGENT_PORT/metrics; done | sort -n)
  local median; median=$(echo "$times" | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]*1000}')
  local body; body=$(curl -sf localhost:$AGENT_PORT/metrics)
  local family; family=$(echo "$body" | grep -E "$FAMILIES|^# (HELP|TYPE) (http_server_thread_|jvm_cpu_recent|jvm_system_cpu|jvm_gc_overhead|jvm_memory_heap_used_after)" | wc -c)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $cpu $median $(echo "$body" | wc -c) $family"
}

declare -A results
for r in $(seq 1 "$RUNS"); do
  for variant in true false; do
    results[$variant]+="$(run $variant);"
  done
done
for variant in true false; do
  echo "request-threads=$variant (startup_ms startup_cpu_ms scrape_ms_median metrics_bytes saturation_family_bytes per run): ${results[$variant]}"
done
