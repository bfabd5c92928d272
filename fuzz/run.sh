#!/usr/bin/env bash
# Builds the fuzz targets (cargo fuzz, nightly, AddressSanitizer) and runs each for SECONDS
# on one core, from its committed corpus fuzz/corpus/<target>/. The target `python` is the
# atheris harness fuzz/python/fuzz_api.py, run by $FUZZ_PYTHON (a Python with atheris and
# the zego_codes wheel); its committed corpus is then replayed to check that memory stops
# growing.
# usage: fuzz/run.sh check|grow SECONDS [TARGET...]   (default: every target of fuzz/Cargo.toml,
#        and python when FUZZ_PYTHON is set)
#   check  new inputs go to a scratch folder under target/: the committed corpus is read only
#   grow   new inputs join fuzz/corpus/<target>/, which is then minimized (libFuzzer -merge)
# Each run's statistics go to $FUZZ_OUT/logs/<target>.log (FUZZ_OUT defaults to
# target/fuzz-out); a crash or a broken property leaves its input in
# $FUZZ_OUT/artifacts/<target>/ and fails the run.
set -euo pipefail
mode=$1 seconds=$2
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# The targets are built as `cargo fuzz build` (cargo-fuzz 0.13) builds them, without
# installing cargo-fuzz: its own workspace and lock file, the nightly toolchain for
# -Zsanitizer, and cargo-fuzz's flags for libFuzzer's coverage. `grow` builds as cargo fuzz
# does by default (release, one codegen unit, for speed over long runs); `check`, a replay of
# the corpus and a few seconds each, as `cargo fuzz build --dev` does (debug, with debug
# assertions), which compiles in about a third of the time.
triple=x86_64-unknown-linux-gnu
flags="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4"
flags+=" -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table"
flags+=" -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing"
flags+=" -Cllvm-args=-simplifycfg-branch-fold-threshold=0 -Zsanitizer=address"
flags+=" -Cllvm-args=-sanitizer-coverage-stack-depth"
if [ "$mode" = grow ]; then
    profile=(--release --config 'profile.release.debug="line-tables-only"') flags+=" -Ccodegen-units=1" dir=release
else
    profile=() flags+=" -Cdebug-assertions" dir=debug
fi
RUSTFLAGS="$flags ${RUSTFLAGS:-}" cargo +nightly build --manifest-path fuzz/Cargo.toml --target "$triple" \
    --target-dir target/fuzz --bins --locked "${profile[@]}" 2>&1 | grep -v '^\s*Compiling' || true
test "${PIPESTATUS[0]}" -eq 0
bin=target/fuzz/$triple/$dir
out=${FUZZ_OUT:-target/fuzz-out}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v '^zego-codes-fuzz$')
    if [ -n "${FUZZ_PYTHON:-}" ]; then targets+=(python); fi
fi
mkdir -p "$out/logs"
for t in "${targets[@]}"; do
    corpus=fuzz/corpus/$t
    test -d "$corpus" || { echo "fuzz: no corpus $corpus" >&2; exit 2; }
    rm -rf "$out/artifacts/$t" && mkdir -p "$out/artifacts/$t"
    if [ "$mode" = grow ]; then
        dirs=("$corpus")
    else
        scratch=$out/corpus/$t
        rm -rf "$scratch" && mkdir -p "$scratch"
        dirs=("$scratch" "$corpus")
    fi
    if [ "$t" = python ]; then
        # libFuzzer's -merge runs the harness again by its own name, through its #! line.
        PATH=$(dirname "${FUZZ_PYTHON:?FUZZ_PYTHON: the Python that runs the atheris harness}"):$PATH
        export PATH
        run=(fuzz/python/fuzz_api.py)
    else
        run=("$bin/$t")
    fi
    log=$out/logs/$t.log
    # shellcheck disable=SC2012 # a count for the message; ls counts what a reader would see
    echo "fuzz: $t for ${seconds}s from $corpus ($(ls "$corpus" | wc -l) inputs)"
    # One process on one core (no -jobs/-workers), below other work; bounded memory per input.
    if ! nice -n 10 "${run[@]}" "${dirs[@]}" -max_total_time="$seconds" -print_final_stats=1 \
            -rss_limit_mb=2048 -malloc_limit_mb=512 -timeout=10 \
            -artifact_prefix="$out/artifacts/$t/" > "$log" 2>&1; then
        grep -m 1 -A 4 -E 'panicked at|ERROR: AddressSanitizer|^Traceback' "$log" || true
        tail -n 25 "$log"
        echo "fuzz: $t FAILED; the input is in $out/artifacts/$t/" >&2
        exit 1
    fi
    fuzz/stats.sh "$t" "$log"
    if [ "$t" = python ]; then
        "${run[@]}" --leaks "$corpus"
    fi
    if [ "$mode" = grow ]; then
        merged=$out/corpus/$t-merged
        rm -rf "$merged" && mkdir -p "$merged"
        "${run[@]}" -merge=1 "$merged" "$corpus" > "$out/logs/$t-merge.log" 2>&1
        rm -f "$corpus"/* && cp "$merged"/* "$corpus"/
        # shellcheck disable=SC2012 # a count for the message; ls counts what a reader would see
        echo "fuzz: $t corpus minimized to $(ls "$corpus" | wc -l) inputs"
    fi
done
