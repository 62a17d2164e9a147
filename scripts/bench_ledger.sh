#!/usr/bin/env bash
# Ledger benchmarks of docs/BENCHMARKS.md: documents per second ingested (whole pipeline, then
# linking of the whole ledger) for generated corpora of each size given (default 10000 and
# 100000), on SQLite and on PostgreSQL (a throwaway cluster of Debian's package, default
# settings, on loopback), with peak memory, and the latency of `sitrep story` on each ledger.
#
#   cargo build --release -p sitrep-cli
#   scripts/bench_ledger.sh [SIZE...]        # SITREP=path/to/sitrep, WORK=/tmp/dir, JOBS=2
set -euo pipefail
cd "$(dirname "$0")/.."
sitrep=${SITREP:-target/release/sitrep}
work=${WORK:-/tmp/sitrep-bench}
jobs=${JOBS:-2}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
query="armored vehicles Kaliningrad"
mkdir -p "$work"

pg_bin=""
for d in /usr/lib/postgresql/*/bin; do
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then pg_bin="$d"; fi
done
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_url=""
if [ -n "$pg_bin" ]; then
  pg_dir=$(mktemp -d /tmp/sitrep-bench-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  trap 'as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
  for port in 54349 54350 54351; do
    if as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w -t 30 \
         -o "-k $pg_dir -p $port -h 127.0.0.1" start >/dev/null; then
      pg_url="postgres://postgres@127.0.0.1:$port"
      break
    fi
  done
fi

# Runs "$@" under /usr/bin/time; prints "seconds peak_MiB".
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$work/time.txt"
}

echo "| store | documents | ingest s | docs/s | ingest peak MiB | link s | link peak MiB | B-cubed P / R | search median s | story median s | story docs |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n.jsonl"
  [ -f "$corpus" ] || "$sitrep" bench corpus --docs "$n" --out "$corpus" > /dev/null
  stores=("sqlite:$work/ledger-$n.db")
  if [ -n "$pg_url" ]; then
    as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "${pg_url##*:}" -U postgres "bench_$n" 2>/dev/null || true
    stores+=("postgres:$pg_url/bench_$n")
  fi
  for entry in "${stores[@]}"; do
    kind=${entry%%:*}
    db=${entry#*:}
    [ "$kind" = sqlite ] && rm -f "$db"
    read -r secs peak < <(timed "$sitrep" ingest "$corpus" --db "$db" --jobs "$jobs" --max-bytes 1000000000)
    read -r lsecs lpeak < <(timed "$sitrep" bench link --db "$db")
    link_s=$(python3 -c "import json;print(round(json.load(open('$work/out.txt'))['link_seconds'],2))")
    bcubed=$(python3 -c "import json;d=json.load(open('$work/out.txt'));print(f\"{d['bcubed_precision']:.3f} / {d['bcubed_recall']:.3f}\")")
    timed "$sitrep" bench story "$query" --db "$db" --runs 5 > /dev/null
    story_s=$(python3 -c "import json;d=json.load(open('$work/out.txt'));print(round(d['median_seconds'],3))")
    search_s=$(python3 -c "import json;d=json.load(open('$work/out.txt'));print(round(d['search_median_seconds'],4))")
    story_docs=$(python3 -c "import json;print(json.load(open('$work/out.txt'))['documents_found'])")
    rate=$(python3 -c "print(round($n / $secs))")
    echo "| $kind | $n | $secs | $rate | $peak | $link_s | $lpeak | $bcubed | $search_s | $story_s | $story_docs |"
  done
done
