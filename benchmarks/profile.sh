#!/usr/bin/env bash
# "Where the time and the bytes go": each vendor's S1 call under JMH with -prof gc (bytes per call,
# Ampark and raw OkHttp) and -prof jfr (CPU and allocation samples of the Ampark call), summarised
# into benchmarks/results/profile-<label>.json, which the report renders.
#   benchmarks/profile.sh [label]     (label defaults to "after"; needs benchmarks/target/benchmarks.jar)
# Shares and bytes per call are what to read here: a busy machine distorts times, not these.
set -euo pipefail
cd "$(dirname "$0")/.."
LABEL="${1:-after}"
JAR=benchmarks/target/benchmarks.jar
RESULTS="${RESULTS:-benchmarks/results}"
WORK=benchmarks/target/profile-$LABEL
mkdir -p "$RESULTS" "$WORK"
rm -rf "$WORK"/*
PJMH="${PJMH:--f 1 -wi 3 -i 3 -w 1s -r 2s}"
java -jar "$JAR" 'io.github.ampark.bench.jmh.CallBenchmarks' $PJMH -prof gc -prof "jfr:dir=$WORK/jfr;configName=$PWD/benchmarks/profile.jfc;stackDepth=96" \
  -rf json -rff "$WORK/gc.json" ${VENDORS:+-p vendor=$VENDORS}
java -Dbench.results="$RESULTS" -cp "$JAR" io.github.ampark.bench.jmh.Profile "$LABEL" "$WORK/gc.json" "$WORK/jfr" \
  "$RESULTS/profile-$LABEL.json"
