#!/usr/bin/env bash
# Web API benchmark of docs/BENCHMARKS.md: `sitrep serve` on a ledger of a generated corpus,
# loaded by wrk (Debian's package) on loopback, one route at a time: latency with one connection
# (requests one after another) and throughput with eight connections over two wrk threads.
# Both wrk and the server run on this machine's cores, so the figures include the load generator.
#
#   cargo build --release -p sitrep-cli
#   scripts/bench_serve.sh [DOCS]     # default 10000; SITREP=path/to/sitrep, WORK=/tmp/dir,
#                                     # WORKERS=4, SECONDS_EACH=5, DB=existing ledger to reuse
set -euo pipefail
cd "$(dirname "$0")/.."
sitrep=${SITREP:-target/release/sitrep}
work=${WORK:-/tmp/sitrep-bench-serve}
docs=${1:-10000}
workers=${WORKERS:-4}
secs=${SECONDS_EACH:-5}
command -v wrk >/dev/null || { echo "wrk not found (Debian package wrk)" >&2; exit 1; }
mkdir -p "$work"

db=${DB:-$work/ledger-$docs.db}
if [ ! -f "$db" ]; then
  "$sitrep" bench corpus --docs "$docs" --out "$work/corpus-$docs.jsonl" >/dev/null
  "$sitrep" ingest "$work/corpus-$docs.jsonl" --db "$db" >/dev/null
fi

port=$(( 20000 + RANDOM % 20000 ))
"$sitrep" serve --db "$db" --addr "127.0.0.1:$port" --workers "$workers" --quiet 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/overview" >/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$port"
doc=$(curl -sf "$base/api/documents?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"][0]["id"])')

routes=(
  "/app.js"
  "/api/overview"
  "/api/documents?limit=50"
  "/api/documents/$doc"
  "/api/search?q=armored+vehicles+Kaliningrad&limit=20"
  "/api/claims?status=denied&limit=200"
  "/api/outlines?west=10&south=50&east=40&north=62"
  "/api/story?q=armored+vehicles+Kaliningrad"
)

# "requests/s p50 p99" of one wrk run.
measure() {
  wrk -t"$1" -c"$2" -d"${secs}s" --latency "$3" 2>&1 | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END { printf "%s %s %s %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }'
}

echo "| route | 1 connection: req/s | p50 | p99 | 8 connections: req/s | p50 | p99 |"
echo "|---|---|---|---|---|---|---|"
for r in "${routes[@]}"; do
  read -r one_rps one_p50 one_p99 one_bad < <(measure 1 1 "$base$r")
  read -r many_rps many_p50 many_p99 many_bad < <(measure 2 8 "$base$r")
  [ "$one_bad" = 0 ] && [ "$many_bad" = 0 ] || echo "warning: non-2xx answers for $r" >&2
  echo "| \`${r/$doc/<id>}\` | $one_rps | $one_p50 | $one_p99 | $many_rps | $many_p50 | $many_p99 |"
done
