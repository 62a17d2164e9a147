#!/usr/bin/env bash
# Measures sitrep's main-text extraction and Python trafilatura on the same pages, in the same
# run, with the same snippet scoring (trafilatura's own must-contain / must-not-contain
# evaluation), each on one core.
#
# usage: scripts/bench_peers.sh [DATA_DIR]   (default ../shared/data/boilerplate/trafilatura-eval)
#   SITREP_BENCH_VENV=DIR  reuse (or create and keep) a virtualenv there; by default a throwaway
#                          one is created in a temporary folder and removed at the end.
#   RUST_PEERS=1           also build with the `peer-extractors` feature and score the pure-Rust
#                          `trafilatura` and `dom_smoothie` crates through the same command.
#   REPEAT=N               passes over the pages for sitrep's timing (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/boilerplate/trafilatura-eval}
trafilatura_version=2.3.1
repeat=${REPEAT:-3}

if [ -n "${SITREP_BENCH_VENV:-}" ]; then
    venv=$SITREP_BENCH_VENV
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    venv=$tmp/venv
fi
if ! "$venv/bin/python" -c "import trafilatura" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "trafilatura==$trafilatura_version" lxml_html_clean >&2
fi

features=()
if [ "${RUST_PEERS:-0}" = 1 ]; then
    features=(--features peer-extractors)
fi
cargo build --release -q -p sitrep-cli "${features[@]}"

# One core for every extractor, so pages per second compare like for like.
pin=()
if command -v taskset >/dev/null; then
    pin=(taskset -c 0)
fi

echo "## $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(uname -m); data: $data"
echo
echo "\$ sitrep eval clean $data --repeat $repeat"
"${pin[@]}" target/release/sitrep eval clean "$data" --repeat "$repeat"
if [ "${RUST_PEERS:-0}" = 1 ]; then
    for extractor in trafilatura-rs dom-smoothie; do
        echo
        echo "\$ sitrep eval clean $data --extractor $extractor"
        "${pin[@]}" target/release/sitrep eval clean "$data" --extractor "$extractor"
    done
fi
for mode in fallback fast; do
    echo
    echo "\$ python scripts/score_trafilatura.py $data --mode $mode   (trafilatura==$trafilatura_version)"
    "${pin[@]}" "$venv/bin/python" scripts/score_trafilatura.py "$data" --mode "$mode"
done
