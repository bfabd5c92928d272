# Sourced with a target triple: its row of release/cross/targets.tsv (or of the mobile
# targets' table, release/mobile/targets.tsv, in the same first columns) as shell variables
#   cross_name cross_linker cross_cc cross_runner cross_wheel cross_cli cross_dist
# usage: . release/cross/row.sh TRIPLE
cross_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cross_root=$(cd "$cross_dir/../.." && pwd)
read -r _ cross_name cross_linker cross_cc cross_runner cross_wheel cross_cli cross_dist < <(
    awk -v t="$1" '$1 == t' "$cross_dir/targets.tsv" "$cross_dir/../mobile/targets.tsv")
[ -n "${cross_cli:-}" ] || { echo "cross: $1 is in neither $cross_dir/targets.tsv nor release/mobile/targets.tsv" >&2; return 1; }
