# shellcheck shell=bash
# Sourced with a target triple: its row of release/cross/targets.tsv (or of the mobile
# targets' table, release/mobile/targets.tsv, in the same first columns) as shell variables
#   cross_name cross_linker cross_cc cross_runner cross_wheel cross_cli cross_dist
# usage: . release/cross/row.sh TRIPLE
cross_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck disable=SC2034 # for the scripts that source this file
cross_root=$(cd "$cross_dir/../.." && pwd)
# shellcheck disable=SC2034 # the columns are for the scripts that source this file
read -r _ cross_name cross_linker cross_cc cross_runner cross_wheel cross_cli cross_dist < <(
    awk -v t="$1" '$1 == t' "$cross_dir/targets.tsv" "$cross_dir/../mobile/targets.tsv")
[ -n "${cross_cli:-}" ] || { echo "cross: $1 is in neither $cross_dir/targets.tsv nor release/mobile/targets.tsv" >&2; return 1; }
