#!/bin/sh
# Builds everything, then runs the demo app under the agent:
#   app     http://127.0.0.1:8080/        (first argument or -Ddemo.port)
#   metrics http://127.0.0.1:9464/metrics (-Dobs.server.port)
#   health  http://127.0.0.1:9464/health
# Extra JVM options go in JAVA_OPTS, e.g. JAVA_OPTS=-Dobs.server.port=9465 ./run-demo.sh 8081
set -eu
cd "$(dirname "$0")"
mvn -q -DskipTests package
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java -javaagent:agent/target/obs-agent.jar -Dobs.service.name=demo ${JAVA_OPTS:-} \
  -jar integration-tests/demo/target/obs-demo.jar "$@"
