#!/usr/bin/env bash
# Load run on the demo's GET /users/1 (one servlet request, one JDBC query) under wrk, three ways, one
# after the other in the same session: no agent, the agent with metrics only (obs.traces.enabled=false),
# and the agent exporting every span over OTLP/HTTP to a local sink. Prints requests/s, latency
# percentiles, CPU per request and the span export counters.
# Usage: bench/load.sh [seconds per run, default 30] [connections, default 16]. Needs wrk and a built tree.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
CONNECTIONS=${2:-16}
AGENT=agent/target/obs-agent.jar
DEMO=integration-tests/demo/target/obs-demo.jar
APP_PORT=18080; AGENT_PORT=19464; SINK_PORT=14318
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

java bench/OtlpSink.java $SINK_PORT & SINK=$!
trap 'kill $SINK 2>/dev/null || true' EXIT

cpu_ticks() { awk '{print $14 + $15}' /proc/$1/stat; }

run() {
  local name=$1; shift
  java "$@" -jar $DEMO $APP_PORT > /tmp/obs-load-$name.log 2>&1 & local pid=$!
  for _ in $(seq 1 100); do curl -sf localhost:$APP_PORT/users/1 >/dev/null 2>&1 && break; sleep 0.2; done
  wrk -t2 -c$CONNECTIONS -d10s http://127.0.0.1:$APP_PORT/users/1 >/dev/null   # warm-up
  local before; before=$(cpu_ticks $pid)
  local out; out=$(wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency http://127.0.0.1:$APP_PORT/users/1)
  local after; after=$(cpu_ticks $pid)
  local requests; requests=$(echo "$out" | awk '/requests in/ {print $1}')
  local hz; hz=$(getconf CLK_TCK)
  printf '%-9s %10s req/s  p50 %8s  p99 %8s  CPU %6.1f us/request  RSS %s kB\n' "$name" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')" \
    "$(echo "($after - $before) * 1000000 / $hz / $requests" | bc -l)" "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
  if [ "$name" != none ]; then
    curl -s localhost:$AGENT_PORT/metrics | grep -E '^obs_agent_(spans|export)' | sed 's/^/          /' || true
  fi
  kill $pid; wait $pid 2>/dev/null || true
}

run none
run metrics -javaagent:$AGENT -Dobs.server.port=$AGENT_PORT -Dobs.traces.enabled=false
run traces -javaagent:$AGENT -Dobs.server.port=$AGENT_PORT -Dobs.exporter.otlp.endpoint=http://127.0.0.1:$SINK_PORT
echo "sink (export requests, bytes): $(curl -s localhost:$SINK_PORT/stats)"
