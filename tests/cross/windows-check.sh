#!/usr/bin/env bash
# What a Windows loader and linker would see in the Windows files of a cross target, without
# running them: every PE file (DLL, command, wheel module) imports only DLLs every Windows has
# (the wheel's module python3.dll beside them, the stable ABI's, never python3X.dll); both
# import libraries name zego_codes.dll and import exactly the functions the DLL exports.
# usage: tests/cross/windows-check.sh SDK_FOLDER PE_FILE...
set -euo pipefail
# shellcheck source=release/floors.env
. "$(dirname "$0")/../../release/floors.env"
sdk=$1; shift
triple=$(sed -n 's/^target: //p' "$sdk/BUILDINFO")
fail() { echo "check $triple: $*" >&2; exit 1; }
say() { echo "check $triple: $*"; }
system='kernel32\.dll|ntdll\.dll|msvcrt\.dll|bcryptprimitives\.dll|userenv\.dll|ws2_32\.dll|advapi32\.dll|api-ms-win-[a-z0-9-]+\.dll'
for f in "$@"; do
    imports=$(llvm-objdump-$LLVM_VERSION -p "$f" | sed -n 's/^ *DLL Name: //p' | tr '[:upper:]' '[:lower:]' | sort -u)
    allowed=$system
    if [[ $f == *.pyd ]]; then
        allowed="python3\.dll|$system"
        grep -qx python3.dll <<<"$imports" || fail "$(basename "$f") does not import python3.dll"
    fi
    bad=$(grep -vxE "$allowed" <<<"$imports" || true)
    [ -z "$bad" ] || fail "$(basename "$f") imports more than $([[ $f == *.pyd ]] && echo 'python3.dll and ')system DLLs: $bad"
    say "$(basename "$f") imports $(tr '\n' ' ' <<<"$imports")"
done

exports=$(llvm-objdump-$LLVM_VERSION -p "$sdk/bin/zego_codes.dll" |
    awk '/^Export Table:/ { t = 1 } t && /^ +[0-9]+ +0x/ { print $3 }' | sort)
for implib in "$sdk/lib/zego_codes.lib" "$sdk/lib/libzego_codes.dll.a"; do
    # x86 C names carry a leading underscore in object files (__imp__zego_...), x64's do not.
    imported=$(llvm-nm-$LLVM_VERSION "$implib" 2>/dev/null |
        awk '$3 ~ /^__imp__?zego_/ { sub(/^__imp__?/, "", $3); print $3 }' | sort -u)
    [ "$imported" = "$exports" ] || fail "$(basename "$implib") imports differ from the DLL's exports (< DLL, > import library):
$(diff <(echo "$exports") <(echo "$imported") || true)"
    # (grep -q would stop reading early, and strings' broken pipe fail the pipeline)
    strings -a "$implib" | grep -x 'zego_codes.dll' >/dev/null || fail "$(basename "$implib") does not name zego_codes.dll"
    say "$(basename "$implib") imports the DLL's $(wc -l <<<"$exports") functions from zego_codes.dll"
done
