#!/usr/bin/env bash
# One line from a libFuzzer log: executions, edges covered (cov), features (ft), corpus and time.
# usage: fuzz/stats.sh TARGET LOG
set -euo pipefail
t=$1 log=$2
last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log")
cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last")
ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$last")
corp=$(sed -n 's/.* corp: \([^ ]*\).*/\1/p' <<< "$last")
echo "fuzz: $t passed: $execs executions in ${secs}s, cov $cov, ft $ft, corpus $corp"
