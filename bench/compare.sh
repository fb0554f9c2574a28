#!/usr/bin/env bash
# The overhead benchmark of issue #8: the demo (servlet + JDBC; /chain adds an outgoing HTTP call) with
# no agent, obs-agent metrics only, obs-agent with every signal on exporting OTLP to a local sink that
# discards, and the OpenTelemetry Java agent exporting to the same sink. Rounds are interleaved (the
# variant order rotates each round) so machine noise hits all alike. Per run: start-up (launch → first
# answered GET /users/1), warm-up until the JIT is quiet, a closed-loop wrk run (throughput, p50, p99),
# app CPU per request, RSS, heap used after a full GC, classes loaded, agent jar size, obs-agent's span
# export counters (exported, dropped) over the whole run.
# Writes bench/results/compare-<stamp>.csv (raw) and .md (medians, spread, ratios) and prints the table.
# Usage: bench/compare.sh [rounds, default 3] [seconds per measured run, default 20] [connections, default 16] [path, default /users/1]
# Needs: a built tree (mvn -DskipTests package), wrk, python3, network access to Maven Central once (OTel agent).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}; SECONDS_PER_RUN=${2:-20}; CONNECTIONS=${3:-16}; URL_PATH=${4:-/users/1}
AGENT=agent/target/obs-agent.jar
DEMO=integration-tests/demo/target/obs-demo.jar
OTEL_VERSION=2.31.0
OTEL=$HOME/.m2/repository/io/opentelemetry/javaagent/opentelemetry-javaagent/$OTEL_VERSION/opentelemetry-javaagent-$OTEL_VERSION.jar
APP_PORT=18082; AGENT_PORT=19465; SINK_PORT=14319
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$AGENT" ] && [ -f "$DEMO" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
[ -f "$OTEL" ] || mvn -q -B -ntp dependency:get -Dartifact=io.opentelemetry.javaagent:opentelemetry-javaagent:$OTEL_VERSION

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p bench/results
CSV=bench/results/compare-$STAMP.csv
echo "round,variant,startup_ms,requests_per_s,p50_ms,p99_ms,cpu_us_per_request,rss_mb,heap_after_gc_mb,classes_loaded,jar_mb,warmup_s,spans_exported,spans_dropped" > "$CSV"

java bench/OtlpSink.java $SINK_PORT & SINK=$!
APP=
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null; kill $SINK 2>/dev/null || true; }
trap cleanup EXIT

variant_args() {
  case $1 in
    none) ;;
    obs-metrics) echo "-javaagent:$AGENT -Dobs.server.port=$AGENT_PORT -Dobs.traces.enabled=false" ;;
    obs-all) echo "-javaagent:$AGENT -Dobs.server.port=$AGENT_PORT -Dobs.exporter.otlp.endpoint=http://127.0.0.1:$SINK_PORT" ;;
    otel) echo "-javaagent:$OTEL -Dotel.service.name=demo -Dotel.exporter.otlp.endpoint=http://127.0.0.1:$SINK_PORT" ;;
  esac
}
jar_mb() {
  case $1 in
    none) echo 0 ;;
    otel) stat -c %s "$OTEL" | awk '{printf "%.2f", $1 / 1048576}' ;;
    *) stat -c %s "$AGENT" | awk '{printf "%.2f", $1 / 1048576}' ;;
  esac
}
cpu_ticks() { awk '{print $14 + $15}' /proc/$1/stat; }
compiled() { jstat -compiler "$1" | awk 'NR == 2 {print $1}'; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.3f", n }'; }

run() {
  local round=$1 variant=$2
  local start; start=$(date +%s%N)
  # shellcheck disable=SC2046
  java $(variant_args "$variant") -jar $DEMO $APP_PORT > /tmp/obs-compare-$variant.log 2>&1 & APP=$!
  until curl -sf -o /dev/null localhost:$APP_PORT/users/1; do
    kill -0 $APP 2>/dev/null || { echo "$variant died, see /tmp/obs-compare-$variant.log" >&2; exit 1; }
    sleep 0.01
  done
  local startup=$(( ($(date +%s%N) - start) / 1000000 ))
  # warm up in 5 s steps until fewer than 20 methods were compiled in a step (at least 2, at most 8 steps)
  local steps=0 before after
  while :; do
    before=$(compiled $APP)
    wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$APP_PORT$URL_PATH" > /dev/null
    after=$(compiled $APP); steps=$((steps + 1))
    if [ $steps -ge 8 ] || { [ $steps -ge 2 ] && [ $((after - before)) -lt 20 ]; }; then break; fi
  done
  local ticks0; ticks0=$(cpu_ticks $APP)
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "http://127.0.0.1:$APP_PORT$URL_PATH")
  local ticks1; ticks1=$(cpu_ticks $APP)
  local requests; requests=$(echo "$out" | awk '/requests in/ {print $1}')
  local errors; errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  [ -z "$errors" ] || echo "warning: $variant answered $errors non-2xx responses" >&2
  local rss; rss=$(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' /proc/$APP/status)
  jcmd $APP GC.run > /dev/null
  local heap; heap=$(jcmd $APP GC.heap_info | grep -o 'used [0-9]*K' | head -1 | awk '{printf "%.1f", $2 / 1024}')
  local classes; classes=$(jstat -class $APP | awk 'NR == 2 {print $1 - $3}')
  local spans; spans=$({ curl -s localhost:$AGENT_PORT/metrics 2>/dev/null || true; } \
    | awk '/^obs_agent_spans_exported_total/ {e = $2} /^obs_agent_spans_dropped_total/ {d += $2} END {if (e != "") printf "%d,%d", e, d; else printf ","}')
  kill $APP; wait $APP 2>/dev/null || true; APP=
  printf '%s,%s,%s,%s,%s,%s,%.1f,%s,%s,%s,%s,%s,%s\n' "$round" "$variant" "$startup" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")" "$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")" \
    "$(echo "($ticks1 - $ticks0) * 1000000 / $(getconf CLK_TCK) / $requests" | bc -l)" \
    "$rss" "$heap" "$classes" "$(jar_mb "$variant")" $((steps * 5)) "$spans" | tee -a "$CSV"
}

VARIANTS=(none obs-metrics obs-all otel)
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(java -version 2>&1 | head -1), $(nproc) cores $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)" | tee "${CSV%.csv}.env"
for round in $(seq 1 "$ROUNDS"); do
  for i in 0 1 2 3; do
    run "$round" "${VARIANTS[$(( (i + round - 1) % 4 ))]}"
  done
done
python3 bench/summarize.py "$CSV" "$URL_PATH" "$SECONDS_PER_RUN" "$CONNECTIONS" | tee "${CSV%.csv}.md"
