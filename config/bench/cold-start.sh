#!/usr/bin/env bash
# Starts pcrfd fresh, as a CI pipeline does, and loads it with `pcrfd bench --cold-start` from
# its first moment: bench is started first, and once it says it is trying to connect the daemon
# is started; bench connects the moment the port accepts and then sends at its full rate at once. Prints one line per run: how
# long after the daemon's "listening for Diameter" log line the first CCA-I arrived, the first
# CCA-I's own latency, and the p50/p99/max of the first 10 s (BENCHMARKS.md, "Cold start").
#
#   usage: cold-start.sh [--jar JAR] [--bench-jar JAR] [--runs N] [--port PORT] [--out DIR]
#                        [--jvm "OPTIONS"] [-- BENCH OPTIONS...]
#
#   --jar        the daemon's jar (default target/pcrfd.jar, run as users run it: java -jar)
#   --bench-jar  the jar whose `bench` drives it (default: the same)
#   --runs       fresh daemons, one after the other (default 3)
#   --port       Diameter port (default 13868, below the ephemeral range; REST is off)
#   --jvm        JVM options of the daemon, e.g. "-XX:AOTCache=pcrfd.aot" (README, "Fast start in CI")
#   --out        where each run's files go (default ./cold-start-<time>): pcrf.yaml, daemon.out,
#                daemon.err, bench.txt (the report), bench.err (its progress, a line a second) and
#                bench.json (its JSON, with "coldStart")
#   after --      options for pcrfd bench (default: 1,000 sessions/s = 4,000 requests/s for 10 s)
#
# Java is $JAVA_HOME/bin/java, else java on PATH. Exit status: 0 when every run's bench exited
# 0, 1 otherwise, 2 on a usage error.
set -euo pipefail
die() { echo "cold-start.sh: $*" >&2; exit 2; }

jar=target/pcrfd.jar bench_jar= runs=3 port=13868 out= jvm=
while [ $# -gt 0 ]; do
  case $1 in
    --) shift; break ;;
  esac
  [ $# -ge 2 ] || die "$1 needs a value"
  case $1 in
    --jar) jar=$2 ;;
    --bench-jar) bench_jar=$2 ;;
    --runs) runs=$2 ;;
    --port) port=$2 ;;
    --out) out=$2 ;;
    --jvm) jvm=$2 ;;
    *) die "unknown option $1" ;;
  esac
  shift 2
done
[ -f "$jar" ] || die "no jar $jar (./mvnw -B -DskipTests package)"
bench_jar=${bench_jar:-$jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
out=${out:-./cold-start-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
status=0

# The epoch milliseconds of a log line's leading ISO-8601 time stamp.
epoch_ms() { date -d "$(cut -d' ' -f1 <<<"$1")" +%s%3N; }

one_run() {
  local dir=$1; shift
  mkdir -p "$dir"
  cat >"$dir/pcrf.yaml" <<YAML
diameter:
  originHost: pcrf.pcrfd.local
  originRealm: pcrfd.local
  listen: [{address: 127.0.0.1, port: $port}]
rest: {enabled: false}
store: {snapshot: {enabled: false}}
YAML
  "$java" -jar "$bench_jar" bench --target "127.0.0.1:$port" --cold-start --report "$dir/bench.json" \
      "$@" >"$dir/bench.txt" 2>"$dir/bench.err" &
  local bench=$!
  # bench's own JVM start must not count: the daemon starts once bench is trying to connect
  local i
  for i in $(seq 1 600); do
    grep -q 'to accept' "$dir/bench.err" 2>/dev/null && break
    kill -0 "$bench" 2>/dev/null || break
    sleep 0.1
  done
  # shellcheck disable=SC2086 # --jvm holds several options
  "$java" $jvm -jar "$jar" run --config "$dir/pcrf.yaml" >"$dir/daemon.out" 2>"$dir/daemon.err" &
  local daemon=$!
  local rc=0
  wait "$bench" || rc=$?
  kill -TERM "$daemon" 2>/dev/null || true
  wait "$daemon" || true
  local line listen first
  line=$(grep -m1 'listening for Diameter on' "$dir/daemon.err" || true)
  first=$(sed -n 's/.*"firstAnswerEpochMs" : \([0-9]*\).*/\1/p' "$dir/bench.json" 2>/dev/null || true)
  if [ -n "$line" ] && [ -n "$first" ]; then
    listen=$(epoch_ms "$line")
    printf '%s: first CCA-I %s ms after the "listening" line; %s; %s; load %s\n' "$dir" \
        "$((first - listen))" "$(grep -m1 '^first CCA-I' "$dir/bench.txt")" \
        "$(grep -m1 '^latency ms' "$dir/bench.txt")" "$(cut -d' ' -f1-3 /proc/loadavg)"
  else
    echo "$dir: no figures (bench exit $rc); see $dir/bench.txt and $dir/daemon.err"
  fi
  [ "$rc" -eq 0 ] || status=1
}

for i in $(seq 1 "$runs"); do
  one_run "$out/run-$i" "$@"
done
exit $status
