#!/usr/bin/env bash
# Records the allocator calls of real programs as malloc-lab traces (minic run --trace-heap).
# Run from the project root after `npx tsc -p .`:  bash bench/traces/recorded/record.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
minic() { node dist/cli/minic.js "$@"; }
out=bench/traces/recorded
minic run examples/malloc-walkthrough.c --trace-heap "$out/walkthrough.rep" > /dev/null
# wordfreq reads the project's own documentation: README.md and docs/*.md.
cat README.md docs/*.md | minic run "$out/wordfreq.c" --trace-heap "$out/wordfreq.rep" > /dev/null
for f in "$out"/*.rep; do echo "$f: $(sed -n 3p "$f") operations"; done
