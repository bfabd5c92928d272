#!/usr/bin/env bash
# Runs the released `zego-codes` through a fixed set of commands and writes what each printed
# (stdout and stderr) and its exit status into OUT/N.out: run on this machine and in the
# Debian 11 root, the two folders must be equal. The environment is emptied to the same
# locale on both sides, which decides the language.
# usage: tests/dist/cli-cases.sh ZEGO_CODES OUT
set -uo pipefail
bin=$1 out=$2
mkdir -p "$out"
cases=(
    "410001031"
    "--lang en 100000004 410001002"
    "--json 100000004"
    "410009999"
    "event 2204"
    "list --category common"
    "list --events --json"
    "search signature"
    "--version"
    "no-such-command --lang xx"
    "--lang en 3"
    "--lang en --product rtc 41003"
    "--product asr --json 410001002"
    "--all-products --json 3"
    "list --all-products --json"
    "--product nope 1"
)
# lint-tests: a log line's made-up day, not a revision of the data
log='2026-07-17 ERROR resp={"Code":410001031,"Message":"limit"} order_id=410001002
callback {"Event":"Exception","Data":{"Code":2204}}
POST https://rtc-api-sha.zego.im/ resp={"Code":41003}
https://cloud-realtime-asr-api.zegotech.cn code=410001002'
n=0
for args in "${cases[@]}"; do
    n=$((n + 1))
    # shellcheck disable=SC2086 # each case is a command line, split on blanks
    env -i LANG=C.UTF-8 "$bin" $args > "$out/$n.out" 2>&1
    echo "status $?" >> "$out/$n.out"
done
n=$((n + 1))
env -i LANG=C.UTF-8 "$bin" explain --lang en <<<"$log" > "$out/$n.out" 2>&1
echo "status $?" >> "$out/$n.out"
