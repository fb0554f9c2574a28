#!/usr/bin/env bash
# Start-up cost of obs.methods: from launching the demo JVM until its first GET /users/1 is answered (as
# bench/startup.sh measures it), the wall-clock milliseconds and the CPU milliseconds the JVM used (all its
# threads; steadier than wall time on a busy machine), with 0, 10 and 100 configured patterns, RUNS runs
# per variant, interleaved. Two patterns name demo methods that are woven (UsersServlet#doGet, Db#connect);
# the others name classes that never load (com.example.svcN.ServiceN#operationN), so each adds two
# markers (its class and its method name) that every loading class is scanned for.
# Usage: bench/methods-startup.sh [runs, default 5]. Needs a built tree (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
AGENT=agent/target/obs-agent.jar
DEMO=integration-tests/demo/target/obs-demo.jar
PORT=18082

patterns() {
  local list="io.obs.demo.UsersServlet#doGet;io.obs.demo.Db#connect"
  for i in $(seq 3 "$1"); do list+=";com.example.svc$i.Service$i#operation$i"; done
  echo "$list"
}

first_request_ms() {
  local start; start=$(date +%s%N)
  java -javaagent:$AGENT -Dobs.server.port=0 -Dobs.exporter.otlp.endpoint=http://127.0.0.1:9 "$@" -jar $DEMO $PORT \
    > /dev/null 2>&1 & local pid=$!
  until curl -sf -o /dev/null localhost:$PORT/users/1; do sleep 0.01; done
  local end; end=$(date +%s%N)
  local ticks; ticks=$(awk '{print $14 + $15}' /proc/$pid/stat)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 ))/$(( ticks * 1000 / $(getconf CLK_TCK) ))"
}

declare -A results
for run in $(seq 1 "$RUNS"); do
  results[0]+="$(first_request_ms) "
  results[10]+="$(first_request_ms "-Dobs.methods=$(patterns 10)") "
  results[100]+="$(first_request_ms "-Dobs.methods=$(patterns 100)") "
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
for variant in 0 10 100; do
  wall=$(for r in ${results[$variant]}; do echo "${r%/*}"; done | tr '\n' ' ')
  cpu=$(for r in ${results[$variant]}; do echo "${r#*/}"; done | tr '\n' ' ')
  echo "$variant patterns: wall ms $wall(median $(echo $wall | median)); CPU ms $cpu(median $(echo $cpu | median))"
done
