#!/usr/bin/env bash
# Runs one scenario of this folder with seagull against a running pcrfd, for a bounded number
# of calls, and says in one line how the calls went.
#
#   usage: run.sh SCENARIO [--pcrf HOST:PORT] [--calls N] [--rate CALLS_PER_S] [--hold MS]
#                 [--listen HOST:PORT] [--timeout SECONDS] [--out DIR]
#
#   SCENARIO   gx-client, gx-load, gx-wlan or s9a-bpcf (the files SCENARIO.xml and SCENARIO.conf.xml here)
#   --pcrf     pcrfd's Diameter address, where gx-client and gx-load connect (default 127.0.0.1:3868)
#   --listen   s9a-bpcf: where seagull listens for pcrfd (default 127.0.0.1:3869)
#   --calls    calls to make, or for s9a-bpcf triggers to serve (default: the .conf.xml's)
#   --rate     new calls per second (default: the .conf.xml's)
#   --hold     gx-load, gx-wlan: how long each session stays up before its CCR-T (default 1000 ms)
#   --timeout  give up after this many seconds (default 60)
#   --out      where the run's files go (default ./seagull-SCENARIO-<time>): the scenario and
#              configuration as run, stat.csv (seagull's statistics, the last line is the run's
#              total), protocol-stat.diameter-v1.csv, seagull.log (errors, one line each)
#
# Every run gets fresh Session-Ids and End-to-End identifiers (RFC 6733 sections 8.8 and 3): the
# scenario's counters "run" and "ete" are set from the clock. Seagull is found as $SEAGULL,
# $SEAGULL_HOME/bin/seagull or on PATH. Exit status: 0 when every call succeeded, 1 when some
# failed or the run timed out, 2 on a usage error or when seagull cannot be run.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { echo "run.sh: $*" >&2; exit 2; }

[ $# -ge 1 ] || die "usage: run.sh gx-client|gx-load|gx-wlan|s9a-bpcf [--pcrf HOST:PORT] [--calls N] [--rate R] [--hold MS] [--timeout S] [--out DIR]"
scenario=$1; shift
[ -f "$HERE/$scenario.xml" ] && [ -f "$HERE/$scenario.conf.xml" ] || die "no scenario $scenario in $HERE"
pcrf=127.0.0.1:3868 listen=127.0.0.1:3869 calls= rate= hold=1000 timeout=60 out=
while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || die "$1 needs a value"
  case $1 in
    --pcrf) pcrf=$2 ;;
    --listen) listen=$2 ;;
    --calls) calls=$2 ;;
    --rate) rate=$2 ;;
    --hold) hold=$2 ;;
    --timeout) timeout=$2 ;;
    --out) out=$2 ;;
    *) die "unknown option $1" ;;
  esac
  shift 2
done
for v in "$pcrf" "$listen"; do [[ $v =~ ^[^:[:space:]]+:[0-9]+$ ]] || die "--pcrf and --listen want HOST:PORT, not $v"; done
for v in "$calls" "$hold" "$timeout"; do [[ -z $v || $v =~ ^[0-9]+$ ]] || die "not a whole number: $v"; done
[[ -z $rate || $rate =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "--rate wants calls per second, not $rate"

if [ -n "${SEAGULL:-}" ]; then seagull=$SEAGULL
elif [ -n "${SEAGULL_HOME:-}" ]; then seagull=$SEAGULL_HOME/bin/seagull
else seagull=$(command -v seagull || true); fi
[ -n "$seagull" ] && [ -x "$seagull" ] || die "seagull not found: set SEAGULL_HOME or put seagull on PATH (README, \"Driving pcrfd with seagull\")"

out=${out:-seagull-$scenario-$(date +%Y%m%dT%H%M%S)}
mkdir -p "$out" || die "cannot create $out"
out=$(cd "$out" && pwd)

# RFC 6733 section 3: End-to-End starts with the low 12 bits of the clock in its high 12 bits.
now=$(date +%s)
ete=$(( ((now & 4095) << 20) | (RANDOM << 5) ))
sed -e "s/<counterdef name=\"run\" init=\"[0-9]*\"/<counterdef name=\"run\" init=\"$now\"/" \
    -e "s/<counterdef name=\"ete\" init=\"[0-9]*\"/<counterdef name=\"ete\" init=\"$ete\"/" \
    -e "s/<wait-ms value=\"[0-9]*\"/<wait-ms value=\"$hold\"/" \
    "$HERE/$scenario.xml" >"$out/scenario.xml"
conf=(-e "s/dest=[^;\"]*/dest=$pcrf/" -e "s/source=[^;\"]*/source=$listen/")
[ -n "$calls" ] && conf+=(-e "s/name=\"number-calls\" value=\"[0-9]*\"/name=\"number-calls\" value=\"$calls\"/")
[ -n "$rate" ] && conf+=(-e "s/name=\"call-rate\" value=\"[0-9.]*\"/name=\"call-rate\" value=\"$rate\"/")
sed "${conf[@]}" "$HERE/$scenario.conf.xml" >"$out/conf.xml"
cp "$HERE/pcrfd-dictionary.xml" "$HERE/ue-local-ips.csv" "$out/"
calls=$(sed -n 's/.*name="number-calls" value="\([0-9]*\)".*/\1/p' "$out/conf.xml")
[ -n "$calls" ] || die "no number-calls in $scenario.conf.xml and no --calls"
server=0
if grep -q 'mode=server' "$out/conf.xml"; then
  # Seagull counts the init exchange against number-calls and then refuses the calls that come
  # in; a server-side scenario runs unbounded and this script stops it after $calls calls.
  server=1
  sed -i '/name="number-calls"/d' "$out/conf.xml"
fi

# The Session-Ids of this run, for POST /sessions/{Session-Id}/reauthorize at pcrfd's REST API.
sid=$(sed -n 's/.*name="Session-Id" format="\([^;"]*\);$(run);$(call)".*/\1/p' "$out/scenario.xml" | head -n 1)
first=$(( $(sed -n 's/.*<counterdef name="call" init="\([0-9]*\)".*/\1/p' "$out/scenario.xml") + 1 ))
[ -n "$sid" ] && [ "$server" -eq 0 ] && echo "seagull $scenario: Session-Ids $sid;$now;N for N = $first to $(( first + calls - 1 ))"

# -bg: seagull runs in a process of its own and exits after number-calls calls.
(cd "$out" && "$seagull" -conf conf.xml -dico pcrfd-dictionary.xml -scen scenario.xml \
    -log seagull.log -llevel ET -bg) 2>"$out/seagull.err" || die "seagull did not start (see $out/seagull.err)"
pid=$(sed -n 's/.*Background mode - PID \[\([0-9]*\)\].*/\1/p' "$out/seagull.err" | head -n 1)
[ -n "$pid" ] || die "seagull did not start (see $out/seagull.err)"
# SIGINT ends a run cleanly (statistics written); a seagull stuck dialling ignores it for good.
stop_seagull() {
  kill -INT "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}
# Seagull reports a port it cannot listen on ("bind [...]"), or a peer it cannot reach
# ("delayed operation error"), on stderr and then waits for ever.
for _ in $(seq 10); do
  if grep -q '^bind \[' "$out/seagull.err"; then
    stop_seagull
    die "seagull cannot listen on $listen: $(grep -m 1 '^bind \[' "$out/seagull.err")"
  elif grep -q 'delayed operation error' "$out/seagull.err"; then
    stop_seagull
    die "seagull cannot connect to pcrfd at $pcrf"
  fi
  sleep 0.1
done

# The stat file's columns, by name, from its header and its last line (the run's total).
stat() {
  awk -F';' -v col="$1" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i; next }
                         { v = $c } END { print (v == "" ? 0 : v) }' "$out/stat.csv" 2>/dev/null || echo 0
}

deadline=$(( $(date +%s) + timeout ))
timed_out=0
while kill -0 "$pid" 2>/dev/null; do
  # A server-side scenario does not stop by itself: stop it once its calls are over.
  if [ "$server" -eq 1 ] && [ $(( $(stat 'TrafficSuccessfulCall(C)') + $(stat 'FailedCall(C)') )) -ge "$calls" ] \
     && [ "$(stat 'CurrentCall')" -eq 0 ]; then
    kill -INT "$pid" 2>/dev/null || true
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then timed_out=1; kill -INT "$pid" 2>/dev/null || true; break; fi
  sleep 0.2
done
stop_seagull

ok=$(stat 'TrafficSuccessfulCall(C)'); failed=$(stat 'FailedCall(C)')
timeouts=$(stat 'FailedTimeout(C)'); unexpected=$(stat 'UnexpectedMsg(C)')
echo "seagull $scenario: $ok of $calls calls successful, $failed failed ($timeouts timed out), $unexpected unexpected messages, mean response time $(stat 'ResponseTime(C)'); files in $out"
[ "$timed_out" -eq 0 ] && [ "$ok" -ge "$calls" ] && [ "$failed" -eq 0 ] && [ "$unexpected" -eq 0 ]
