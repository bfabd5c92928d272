#!/usr/bin/env bash
# Runs shellcheck over every shell script the repository tracks: each *.sh file, and each
# tracked executable whose first line is a sh or bash #! line (release/cross/zig-cc, .ci/run, ...).
# From the repository's root with -x, so that a sourced file named by a
# `# shellcheck source=PATH` directive (PATH from the root) is read too. Installs shellcheck
# where it is missing. Findings go to stderr as file:line:column, and fail the run.
# usage: tools/shellcheck.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v shellcheck > /dev/null || bash tools/apt-install.sh shellcheck
scripts=()
# git ls-files -s: "MODE OBJECT STAGE<TAB>PATH", NUL-terminated.
while IFS= read -r -d '' entry; do
    mode=${entry%% *} path=${entry#*$'\t'}
    [ -f "$path" ] || continue
    case $path in
        *.sh) scripts+=("$path") ;;
        *) [ "$mode" = 100755 ] || continue
           first=
           IFS= read -r first < "$path" || true
           if [[ $first =~ ^#!.*[/[:space:]](sh|bash|dash|ksh)([[:space:]]|$) ]]; then
               scripts+=("$path")
           fi ;;
    esac
done < <(git ls-files -s -z)
[ "${#scripts[@]}" -gt 0 ] || { echo "shellcheck: git ls-files found no shell script" >&2; exit 1; }
shellcheck -x -f gcc "${scripts[@]}" >&2
echo "shellcheck: ${#scripts[@]} shell scripts clean"
