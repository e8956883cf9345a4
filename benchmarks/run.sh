#!/usr/bin/env bash
# Runs every benchmark scenario side by side and writes docs/benchmarks.md (+ SVG charts).
#   benchmarks/run.sh          short settings (about 132 minutes on 2 cores: about 112 before S1P, 100 on 2026-12-02 before S2P
#                              paired hutool, 81 with S2P in 2 rounds and S4 in 5, and up to about 17 more when a busy
#                              host has rounds measured again for steal)
#   benchmarks/run.sh --long   longer warm-up and measurement, more JMH forks
#   benchmarks/run.sh --smoke  every scenario end to end with tiny settings, report to benchmarks/target/smoke-docs
#                              (proves the harness works; its numbers mean nothing)
# Needs only a JDK 17+ and Maven. Nothing here is a test: no timing is ever asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
# The rest is one brace group that ends in exit: bash reads all of it before it runs any of it, so an
# edit to this file during a run does not change the run (bash reads a script as it goes; an edit during
# the run of 2026-12-02 13:09 moved the bytes it read next and stopped the run after S2).
{

LONG=0
SMOKE=0
if [ "${1:-}" = "--long" ]; then LONG=1; fi
if [ "${1:-}" = "--smoke" ]; then SMOKE=1; fi

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== building the benchmarks jar"
  mvn -B -q -pl benchmarks -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dinvoker.skip=true package
fi

JAR=benchmarks/target/benchmarks.jar
RESULTS=benchmarks/results

DOCS=docs
ALLOC="20000 2000 5"
if [ "$SMOKE" = 1 ]; then
  S1="1 1 1 1 2"; S1P="1 100 1 1 1 1 bolink"; S2="1 1 1 1 2"; S2P="1 1 1 2 1 bolink"; S3="2000 1"; S4=1
  JMH="-f 1 -wi 1 -i 1 -w 1s -r 1s"
  ALLOC="300 100 1"
  export PJMH="$JMH"
  DOCS=benchmarks/target/smoke-docs
  RESULTS=benchmarks/target/smoke-results
elif [ "$LONG" = 1 ]; then
  S1="15 10 3 60 4 40000"; S1P="15 40000 5 8 3 60 bolink"; S2="10 5 3 60 4"; S2P="10 5 8 4 60 bolink"; S3="100000 3"; S4=10
  JMH="-f 3 -wi 5 -i 10 -w 1s -r 1s"
else
  # Warm-ups long enough for the JIT to settle (S1's Report text says why); S1 in 3 interleaved rounds,
  # each child calling on after its 8 s until the compiler is quiet (4th arg: at most 30 s more).
  # S1's 6th arg: the warm-up also lasts until 40,000 calls (WarmUp; at most 90 s). C2 counts calls, and
  # Yinli's 1 ms call makes in 8 s a tenth of what the others make: its Ampark JVMs were still compiling
  # in the window in 2 of 3 rounds, and with 40 s in none (benchmarks/notes). Adds about 4 minutes.
  # S2 in 3 interleaved rounds too (args: warm-up s, measure s, rounds; the warm-up and measurement are per
  # thread count, 1, 8 then 64 in one JVM): 14 contenders x 3 rounds x (3 x (3 s + 2 s) + ~1.5-2 s of JVM
  # start) + the server warm-up is about 12 minutes (one round of "6 3" took about 7). 1 s windows (the
  # 16:25 run) left one contender's rounds a third apart at 8 threads; 2 s halve the calls' share of noise
  # from a single stall. Before the first thread count each JVM runs 8 threads until its JIT compiler is
  # quiet (4th arg: at most 30 s; about 10-15 s here): a fixed warm-up measured the 8-thread window 8 s
  # into the JVM, while the compiler still took a core and both contenders were still gaining 40-100 %
  # (benchmarks/notes, "S2 after the JIT is quiet"). With S1's settling it added about 10 minutes.
  # S3 in 3 interleaved rounds (args: records, rounds): one round of every dataset's contenders, each in a fresh
  # JVM (the naive demo loop twice: capped, then with room), takes about 2 minutes, so 3 take about 6; one
  # child's wall time moves by 10-30 % between minutes, and S3's target is a ratio of two of them.
  # S1 and S2's 5th arg: a round whose window had 5 % or more of the machine stolen by the hypervisor is
  # measured again at once (at most twice more, 4 times per vendor; StealRetry; S2 reads its 8- and
  # 64-thread windows): steal came and went by the minute here, 5-35 % of some windows, and a round with
  # 28 % read 1.3x the same contender's others. 14 of S1's 42 rounds had 5 % or more on 2026-12-01.
  # S2P (args: warm-up s, window s, pairs of windows, rounds, settle cap, control vendor): Ampark and raw
  # OkHttp alive in two JVMs at once, windows in ABBA order, the ratio a median over pairs of adjacent
  # windows (S2Paired says why); 5 vendors and the control, 4 rounds each (the JVM started first swaps
  # every round; 2 rounds, about 14 minutes, left one vendor's ratio decided by where its two rounds fell
  # in a 0.81-1.11 spread), about 28 minutes. S2's throughput target reads it; S2 keeps the latency,
  # connections and demo styles. S2P then pairs Ampark with the hutool demo style at 64 threads for the
  # three vendors that have one (the target's "above hutool at 64"), 4 rounds each, about 12 minutes more:
  # one JVM after another read 4pyun's Ampark at 0.92x hutool on 2026-12-02, each side's rounds spread
  # over the other's, while 16 pairs of 64-thread windows right after read 1.09-1.31x.
  # S1P (args: warm-up s, warm-up calls, window s, pairs of windows, rounds, settle cap, control vendor): S1's
  # calls with Ampark and raw OkHttp alive in two JVMs at once, windows in ABBA order, the CPU ratio a median
  # over pairs of adjacent windows (S1Paired says why): Yinli's S1 rounds read Ampark at 0.87x raw OkHttp in
  # the run of 2026-12-02 03:41 and 1.22x in the one of 13:09, on the same code. 5 vendors and the control,
  # 3 rounds each: each round warms two JVMs one after the other (about 12 s each, Yinli's about 55) and
  # takes 6 pairs of 2 s windows, about 20 minutes. S1's CPU target reads it; S1 keeps the demo styles.
  # S4 in 9 runs (about 4 minutes): 12 interleaved runs of Wikeyun on a quiet host read 533-585 ms for
  # Ampark and 564-663 for raw OkHttp; 5 runs' medians put a 5 % difference on either side of 1.00.
  S1="8 4 3 30 4 40000"; S1P="8 40000 2 6 3 30 bolink"; S2="3 2 3 30 4"; S2P="3 2 4 4 30 bolink"; S3="100000 3"; S4=9
  JMH="-f 1 -wi 3 -i 5 -w 1s -r 1s"
fi

mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.json

run() { java -Dbench.results="$RESULTS" -cp "$JAR" "$@"; }

echo "== S1 single call";   run io.github.ampark.bench.harness.S1SingleCall $S1
echo "== S1 paired windows"; run io.github.ampark.bench.harness.S1Paired $S1P
echo "== S2 concurrency";   run io.github.ampark.bench.harness.S2Concurrency $S2
echo "== S2 paired windows"; run io.github.ampark.bench.harness.S2Paired $S2P
echo "== S3 batch";         run io.github.ampark.bench.harness.S3Batch $S3
echo "== S4 cold start";    run io.github.ampark.bench.harness.S4ColdStart $S4 --appcds
echo "== S1 allocation per call (JMH)"
java -jar "$JAR" 'io.github.ampark.bench.jmh.CallBenchmarks' $JMH -prof gc -rf json -rff "$RESULTS/jmh-s1.json"
run io.github.ampark.bench.jmh.JmhToResults "$RESULTS/jmh-s1.json" "$RESULTS/s1-jmh-calls.json" s1-jmh-calls "$JMH -prof gc"
echo "== S5 signing (JMH)"
java -jar "$JAR" 'io.github.ampark.bench.jmh.SignerBenchmarks' $JMH -prof gc -rf json -rff "$RESULTS/jmh-s5.json"
run io.github.ampark.bench.jmh.JmhToResults "$RESULTS/jmh-s5.json" "$RESULTS/s5-signing.json" s5-signing "$JMH -prof gc"

echo "== S1 bytes per call on the calling thread"
java -XX:FlightRecorderOptions:stackdepth=128 -XX:-ResizeTLAB -XX:TLABSize=64k -Dbench.results="$RESULTS" -cp "$JAR" io.github.ampark.bench.jmh.AllocPerCall $ALLOC
echo "== where the time and the bytes go (JMH + JFR)"
RESULTS="$RESULTS" benchmarks/profile.sh after

echo "== report"
run io.github.ampark.bench.report.Report "$RESULTS" "$DOCS" "benchmarks/run.sh${1:+ $1}"
exit
}
