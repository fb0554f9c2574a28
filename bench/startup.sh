#!/usr/bin/env bash
# Start-up cost: milliseconds from launching the demo JVM until its first GET /users/1 (a servlet request
# and a JDBC query) is answered, polled every 10 ms from outside; RUNS runs per variant, interleaved.
# Variants: no agent, the agent with tracing off (metrics, health), the agent with everything (export to
# a port where nothing listens: the cost of the SDK, not of a backend).
# Usage: bench/startup.sh [runs, default 5]. Needs a built tree (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
AGENT=agent/target/obs-agent.jar
DEMO=integration-tests/demo/target/obs-demo.jar
PORT=18081

first_request_ms() {
  local start; start=$(date +%s%N)
  java "$@" -jar $DEMO $PORT > /dev/null 2>&1 & local pid=$!
  until curl -sf -o /dev/null localhost:$PORT/users/1; do sleep 0.01; done
  local end; end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

declare -A results
for run in $(seq 1 "$RUNS"); do
  results[none]+="$(first_request_ms) "
  results[metrics]+="$(first_request_ms -javaagent:$AGENT -Dobs.server.port=0 -Dobs.traces.enabled=false -Dobs.log.target=none) "
  results[all]+="$(first_request_ms -javaagent:$AGENT -Dobs.server.port=0 -Dobs.exporter.otlp.endpoint=http://127.0.0.1:9) "
done
for variant in none metrics all; do
  sorted=$(echo ${results[$variant]} | tr ' ' '\n' | sort -n | tr '\n' ' ')
  echo "$variant: $sorted(ms, sorted; median $(echo $sorted | awk '{print $((NF+1)/2)}'))"
done
