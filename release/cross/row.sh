# shellcheck shell=bash
# Sourced with a target triple: its row of release/cross/targets.tsv, or else of the mobile
# targets' table (release/mobile/targets.tsv), as shell variables named by the table's header
# line (cross_name, cross_archive, cross_lib...; a column the table lacks is empty). Every
# per-target difference a script acts on comes from these, never from matching the triple.
# usage: . release/cross/row.sh TRIPLE
cross_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck disable=SC2034 # for the scripts that source this file
cross_root=$(cd "$cross_dir/../.." && pwd)
# Every column either table has (targets.tsv's header says what each means).
# shellcheck disable=SC2034 # the columns are for the scripts that source this file
cross_name='' cross_archive='' cross_lib='' cross_exe='' cross_libc='' cross_format='' cross_rustc='' \
    cross_strip='' cross_linker='' cross_cc='' cross_runner='' cross_wheel='' cross_wheellink='' cross_dist=''
cross_known=" name archive lib exe libc format rustc strip linker cc runner wheel wheellink dist "
cross_row=$(awk -v t="$1" '/^# triple / { h = $0 } !/^#/ && $1 == t { print h; print; exit }' \
    "$cross_dir/targets.tsv" "$cross_dir/../mobile/targets.tsv")
[ -n "$cross_row" ] || { echo "cross: $1 is in neither $cross_dir/targets.tsv nor release/mobile/targets.tsv" >&2; return 1; }
# The floors, which cells name as @GLIBC@ and @LLVM@ (release/floors.env).
# shellcheck source=release/floors.env
. "$cross_dir/../floors.env"
cross_floors() { local v=${1//@GLIBC@/$GLIBC_FLOOR}; echo "${v//@LLVM@/$LLVM_VERSION}"; }
{
    read -r -a cross_columns
    read -r -a cross_values
} <<<"$cross_row"
for ((i = 2; i < ${#cross_columns[@]}; i++)); do
    case $cross_known in
        *" ${cross_columns[i]} "*) printf -v "cross_${cross_columns[i]}" %s "$(cross_floors "${cross_values[i - 1]}")" ;;
        *) echo "cross: release/cross/row.sh does not know the column ${cross_columns[i]}" >&2; return 1 ;;
    esac
done
unset cross_row cross_columns cross_values cross_known i
# The mobile table has no rustc column: its rows are all built by Debian's rustc.
cross_rustc=${cross_rustc:-debian}
# An Apple row's minimum OS (release/mobile/apple.tsv).
cross_minos=
if [ "$cross_libc" = darwin ]; then
    cross_minos=$(awk -v t="$1" '!/^#/ && $1 == t { print $7 }' "$cross_dir/../mobile/apple.tsv")
    [ -n "$cross_minos" ] || { echo "cross: $1 has no minimum OS in release/mobile/apple.tsv" >&2; return 1; }
fi
# The wheel's platform tag: the wheel column's architecture under the floor of the row's libc
# (release/floors.env, or the minimum OS).
cross_wheel_tag=-
# shellcheck disable=SC2034 # for the scripts that source this file
case $cross_libc:$cross_wheel in
    *:-|*:) ;;
    glibc:*) cross_wheel_tag=${MANYLINUX}_$cross_wheel.manylinux_${GLIBC_FLOOR//./_}_$cross_wheel ;;
    musl:*) cross_wheel_tag=${MUSLLINUX}_$cross_wheel ;;
    mingw*:*) cross_wheel_tag=win_$cross_wheel ;;
    darwin:*) cross_wheel_tag=macosx_${cross_minos//./_}_$cross_wheel ;;
    *) echo "cross: no wheel tag for libc $cross_libc" >&2; return 1 ;;
esac
