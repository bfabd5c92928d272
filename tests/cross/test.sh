#!/usr/bin/env bash
# The release files of one target (a row of release/cross/targets.tsv), as `make dist`
# wrote them into DIST, tested where they run: under the row's runner (qemu-user in a Debian
# 11 root of that architecture, wine, 32-bit wine in a Debian 12 i386 root, or natively), or
# checked, not run, where none exists.
#   - the C library exports exactly the x86_64 Linux library's zego_* functions (check_exports);
#   - its size goals: shared library at most 160 KB, an AI Agent lookup and a product lookup
#     each link in at most 160 KB;
#   - the C and C++ tests of ffi/tests, built by zig for the target against the shared and the
#     static library of the archive, run against the core's expectations and the products
#     oracle (ZEGOCODES_PRODUCTS, as ffi/tests/run.sh);
#   - Windows: the CMake package builds and runs ffi/tests/consumer (windows_cmake);
#   - the command's golden cases (tests/dist/cli-cases.sh) print byte for byte what the x86_64
#     command prints;
#   - the wheel's Python suite on the root's CPython 3.9;
#   - every file not run: check_files (architecture, minimum OS, libraries needed; Windows's
#     imports, check_windows; macOS's files, check_apple).
# The roots it runs in are tests/cross/roots.sh's. Each step a function below; each function
# runs in a subshell of its own, as the script it was, so its cd, variables and exit stay in it.
# usage: ZEGOCODES_PRODUCTS=ORACLE.json ZEGOCODES_EXPECTATIONS=FILE tests/cross/test.sh TRIPLE DIST VERSION REFERENCE_SO
#        tests/cross/test.sh exports REFERENCE_SO LIB...     check_exports alone (tests/mobile/android.sh)
# shellcheck disable=SC2030,SC2031 # a function's assignments stay in its subshell, as meant
set -euo pipefail
# A function called as $(...) stops at its first failure, as the script it was did: bash
# would otherwise run a command substitution without -e.
shopt -s inherit_errexit
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# The row and the table (and release/floors.env) as release/cross/steps.sh reads them.
# shellcheck source=release/cross/steps.sh
. "$root/release/cross/steps.sh"
# shellcheck source=tests/cross/roots.sh
. "$here/roots.sh"

# Each library exports exactly the zego_* functions of the reference (the x86_64 Linux
# libzego_codes.so) and nothing else: ELF .so (dynamic symbols), PE DLL (export table),
# Mach-O dylib (external symbols, without the leading underscore), and for a static archive
# (.a, .lib) the zego_* functions it defines.
check_exports() ( # REFERENCE_SO LIB...
    reference=$1; shift
    fail() { echo "exports: $*" >&2; exit 1; }
    want=$(nm -D --defined-only "$reference" | awk '{ print $3 }' | grep '^zego_' | sort)
    [ -n "$want" ] || fail "$reference exports no zego_ function"
    for lib in "$@"; do
        case $(file -b "$lib") in
            *PE32*) got=$(llvm-objdump-$LLVM_VERSION -p "$lib" | awk '/^Export Table:/ { t = 1 } t && /^ +[0-9]+ +0x/ { print $3 }' | sort) ;;
            # zig's Mach-O linker also exports the image's own header symbols (ld64 keeps them
            # private): the linker's, not the library's, so they are left out.
            *Mach-O*) got=$(llvm-nm-$LLVM_VERSION -g --defined-only --no-weak --format=just-symbols "$lib" | sed 's/^_//' |
                            grep -vxE '_mh_dylib_header|__dso_handle' | sort -u) ;;
            # llvm-nm 14 cannot read the bitcode newer rustc embeds in some members (not ours):
            # it reports them and goes on, and its status is ignored.
            *ar\ archive*) got=$({ llvm-nm-$LLVM_VERSION -g --defined-only "$lib" 2>/dev/null || true; } | awk '$2 == "T" && $3 ~ /^_?zego_/ { sub(/^_/, "", $3); print $3 }' | sort -u) ;;
            *) got=$(llvm-nm-$LLVM_VERSION -D --defined-only --format=just-symbols "$lib" | sort) ;;
        esac
        if [ "$got" != "$want" ]; then
            fail "$(basename "$lib") exports differ from $(basename "$reference") (< reference, > this library):
$(diff <(echo "$want") <(echo "$got") || true)"
        fi
        echo "exports: $(basename "$lib"): the $(wc -l <<<"$want") zego_* functions of the x86_64 Linux library, nothing else"
    done
)

# The part of a universal Mach-O file (dylib, executable or static library) for one macOS
# row's architecture, written into OUT; prints its path.
apple_thin() ( # TRIPLE FILE OUT
    triple=$1 file=$2 out=$3
    arch=$(awk -v t="$triple" '!/^#/ && $1 == t { print $5 }' "$root/release/mobile/apple.tsv")
    [ -n "$arch" ] || { echo "apple-thin: $triple is not in release/mobile/apple.tsv" >&2; exit 1; }
    name=$(basename "$file")
    thin=$out/$arch-$name
    llvm-lipo-$LLVM_VERSION -thin "$arch" "$file" -output "$thin"
    echo "$thin"
)

# The bytes a thin Mach-O file holds without the zeros that align its segments to pages
# (16 KB on arm64): its sections, and the link-edit data (symbols, binding, signature) to the
# end of the file. A program's cost of one lookup is measured with it, as the program pads its
# own segments whether it calls the library or not.
macho_size() ( # FILE
    file=$1
    sections=$(llvm-size-$LLVM_VERSION -m "$file" | awk '$1 == "Section" { s += $NF } END { print s + 0 }')
    linkedit=$(llvm-objdump-$LLVM_VERSION --macho --private-headers "$file" |
        awk '$1 == "segname" { seg = $2 } seg == "__LINKEDIT" && $1 == "fileoff" { print $2 }')
    [ -n "$linkedit" ] || { echo "macho-size: $file has no __LINKEDIT segment" >&2; exit 1; }
    echo $(( sections + $(stat -c %s "$file") - linkedit ))
)

# The Windows zip's CMake package as a MinGW project uses it: ffi/tests/consumer configured
# with find_package(zego_codes) against the unpacked folder (built elsewhere: the package is
# relocatable), compiled by zig for windows-gnu, zego_codes.dll copied beside the programs as
# the zip's README says, then each program run (the DLL through libzego_codes.dll.a, the
# static library, C++, the header against the DLL's version).
windows_cmake() ( # ZIG_TARGET SDK_FOLDER OUT RUNNER...
    target=$1 sdk=$(realpath "$2") out=$(realpath -m "$3"); shift 3
    python=${ZEGO_DIST_PYTHON:-python3}
    rm -rf "$out" && mkdir -p "$out/bin"
    # CMake takes one program as each compiler: zig's, for the target, behind a wrapper.
    for lang in cc c++; do
        printf '#!/bin/sh\nexec %s -m ziglang %s -target %s "$@"\n' "$python" "$lang" "$target" > "$out/bin/$lang"
        chmod +x "$out/bin/$lang"
    done
    cmake -S "$root/ffi/tests/consumer" -B "$out/build" -DCMAKE_SYSTEM_NAME=Windows \
        -DCMAKE_C_COMPILER="$out/bin/cc" -DCMAKE_CXX_COMPILER="$out/bin/c++" \
        -DCMAKE_PREFIX_PATH="$sdk" -DCMAKE_BUILD_TYPE=Release > "$out/configure.log" 2>&1 ||
        { cat "$out/configure.log" >&2; exit 1; }
    cmake --build "$out/build" > "$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
    cp "$sdk/bin/zego_codes.dll" "$out/build/"
    for app in app app_static app_cpp app_version; do
        "$@" "$out/build/$app.exe" > "$out/$app.log" 2>&1 || { cat "$out/$app.log" >&2; echo "cmake: $app.exe failed" >&2; exit 1; }
    done
    echo "cmake: find_package(zego_codes) from the zip, built by zig ($target): app, app_static, app_cpp, app_version ran"
)

# Checks, without running them, what the row's release files are, as its row of
# release/cross/targets.tsv says: each binary's object format (the format column); by the libc
# column, for glibc no symbol newer than release/floors.env's GLIBC_FLOOR, for musl a command with no dynamic loader
# at all, a shared library and a wheel module needing only musl's libc, for mingw what
# check_windows checks, for darwin what check_apple checks; the wheel's tag and its module's
# PyInit__native. Reads the row, the triple, DIST and VERSION that the test reads.
check_files() (
    # macOS: Mach-O and universal files, checked by their own function.
    [ "$cross_libc" != darwin ] || { check_apple; exit; }
    out=$root/target/cross-test/$triple/check
    rm -rf "$out" && mkdir -p "$out"
    fail() { echo "check $triple: $*" >&2; exit 1; }
    say() { echo "check $triple: $*"; }
    is_format() {
        local got
        got=$(llvm-objdump-$LLVM_VERSION -f "$1" | sed -n 's/.*file format //p' | tr ' ' -)
        [ "$got" = "$cross_format" ] || fail "$(basename "$1") is $got, not $cross_format"
    }
    unpack "$dist/libzego_codes-$version-$cross_name.$cross_archive"
    files=()
    while IFS= read -r f; do files+=("$f"); done < <(find "$out" -type f \( -name '*.so.*' -o -name '*.dll' -o -name '*.a' \) | sort)
    if [ "$cross_exe" != - ]; then
        unpack "$dist/zego-codes-$version-$cross_name.$cross_archive"
        cli=$out/zego-codes-$version-$cross_name/$cross_exe
        files+=("$cli")
    fi
    if [ "$cross_wheel" != - ]; then
        wheel=$dist/zego_codes-$version-$PY_ABI-abi3-$cross_wheel_tag.whl
        python3 -m zipfile -e "$wheel" "$out/wheel"
        module=$(find "$out/wheel/zego_codes" -name '_native*' ! -name '*.pyi')
        files+=("$module")
        tags=$(sed -n 's/^Tag: //p' "$out/wheel/zego_codes-$version.dist-info/WHEEL" | sort | tr '\n' ' ')
        want=$(tr . '\n' <<<"$cross_wheel_tag" | sed "s/^/$PY_ABI-abi3-/" | sort | tr '\n' ' ')
        [ "$tags" = "$want" ] || fail "the wheel's WHEEL file tags it $tags, not $want"
        case $cross_lib in
            dll) exports=$(llvm-objdump-$LLVM_VERSION -p "$module" | awk '/^Export Table:/ { t = 1 } t && /^ +[0-9]+ +0x/ { print $3 }') ;;
            *) exports=$(llvm-nm-$LLVM_VERSION -D --defined-only --format=just-symbols "$module") ;;
        esac
        grep -qx 'PyInit__native' <<<"$exports" || fail "$(basename "$module") does not export PyInit__native"
        say "wheel tagged $tags, its module exports PyInit__native"
    fi
    for f in "${files[@]}"; do
        case $f in *.a) continue ;; esac
        is_format "$f"
    done
    say "$(printf '%s\n' "${files[@]##*/}" | grep -vc '\.a$') binaries are $cross_format"

    needed() { llvm-readelf-$LLVM_VERSION -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
    case $cross_libc in
        glibc)
            # shellcheck disable=SC2046 # one argument a file (paths under target/, no spaces)
            "$root/tests/dist/glibc-floor.sh" "$GLIBC_FLOOR" $(printf '%s\n' "${files[@]}" | grep -v '\.a$') ;;
        musl)
            if [ -n "${cli:-}" ]; then
                # shellcheck disable=SC2015 # fails when either test is false, as meant
                ! llvm-readelf-$LLVM_VERSION -l "$cli" | grep -q 'INTERP' && [ -z "$(needed "$cli")" ] ||
                    fail "the musl command is not fully static: $(needed "$cli")"
                say "zego-codes is fully static (no interpreter, no shared library)"
            fi
            # The shared library and the wheel's module: at most musl's libc, by the name musl
            # systems give it (release/cross/steps.sh's musl-needed names it from the linker's target).
            arch=${cross_linker#zig:}
            libc=libc.musl-${arch%%-*}.so.1
            for f in "${files[@]}"; do
                case $f in *.a|"${cli:-}") continue ;; esac
                libs=$(needed "$f")
                bad=$(grep -vxF "$libc" <<<"$libs" || true)
                [ -z "$bad" ] || fail "$(basename "$f") needs more than musl's libc ($libc): $bad"
                say "$(basename "$f") needs ${libs:-no shared library}"
            done ;;
        mingw*)
            pe=(); for f in "${files[@]}"; do [[ $f == *.a ]] || pe+=("$f"); done
            check_windows "$out/libzego_codes-$version-$cross_name" "${pe[@]}" ;;
        *) fail "no checks for libc $cross_libc" ;;
    esac
)

# What a Windows loader and linker would see in the Windows files of a cross target, without
# running them: every PE file (DLL, command, wheel module) imports only DLLs every Windows has
# (the wheel's module python3.dll beside them, the stable ABI's, never python3X.dll); both
# import libraries name zego_codes.dll and import exactly the functions the DLL exports.
check_windows() ( # SDK_FOLDER PE_FILE...
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
)

# Checks, without running them (no Mac takes part in the tests), the macOS release files of one
# architecture (a macOS row of release/cross/targets.tsv) as dyld and the kernel would read them:
#   - the universal dylib, static library and command hold exactly the architectures of
#     every macOS row; the wheel's module is this row's architecture alone;
#   - in the part of each for this architecture: the platform and minimum OS of its load
#     commands (LC_BUILD_VERSION, or LC_VERSION_MIN_MACOSX below 10.14) are
#     release/mobile/apple.tsv's, as the wheel's tag says too;
#   - the libraries it loads: libSystem only; the module loads no Python library and leaves
#     the Python API it calls to dyld's lookup in the process that imports it;
#   - the dylib's install name is @rpath/libzego_codes.dylib; the module exports PyInit__native;
#   - every arm64 file is signed, every page matching its hash (macho-signature.py).
# check_files runs this for macOS rows; the test checks the exports and sizes of this
# architecture's parts (apple_thin).
check_apple() (
    out=$root/target/cross-test/$triple/check
    rm -rf "$out" && mkdir -p "$out"
    fail() { echo "check $triple: $*" >&2; exit 1; }
    say() { echo "check $triple: $*"; }
    table=$root/release/mobile/apple.tsv
    read -r arch platform minos < <(awk -v t="$triple" '!/^#/ && $1 == t { print $5, $6, $7 }' "$table")
    # shellcheck disable=SC2013 # triples: one word a line
    all_archs=$(for t in $(table name="$cross_name" triple); do
        awk -v t="$t" '!/^#/ && $1 == t { print $5 }' "$table"; done | sort | tr '\n' ' ')
    sdk=$out/libzego_codes-$version-$cross_name cli=$out/zego-codes-$version-$cross_name
    tar xzf "$dist/libzego_codes-$version-$cross_name.tar.gz" -C "$out"
    tar xzf "$dist/zego-codes-$version-$cross_name.tar.gz" -C "$out"

    # The wheel: its tag names this architecture and minimum OS.
    wheel=$dist/zego_codes-$version-$PY_ABI-abi3-$cross_wheel_tag.whl
    python3 -m zipfile -e "$wheel" "$out/wheel"
    module=$(find "$out/wheel/zego_codes" -name '_native*' ! -name '*.pyi')
    tags=$(sed -n 's/^Tag: //p' "$out/wheel/zego_codes-$version.dist-info/WHEEL" | tr '\n' ' ')
    [ "$tags" = "$PY_ABI-abi3-macosx_${minos//./_}_$arch " ] ||
        fail "the wheel's WHEEL file tags it $tags, not for macOS $minos on $arch"

    # Each universal file's architectures, and this architecture's part of it.
    thin=()
    for f in "$sdk/lib/libzego_codes.dylib" "$sdk/lib/libzego_codes.a" "$cli/zego-codes"; do
        got=$(llvm-objdump-$LLVM_VERSION --macho --universal-headers "$f" | awk '$1 == "architecture" { print $2 }' | sort | tr '\n' ' ')
        [ "$got" = "$all_archs" ] || fail "$(basename "$f") holds the architectures $got, not $all_archs"
        thin+=("$(apple_thin "$triple" "$f" "$out")")
    done
    say "libzego_codes.dylib, libzego_codes.a and zego-codes are universal: $all_archs"
    thin+=("$module")

    # What each part says of itself.
    commands() { llvm-objdump-$LLVM_VERSION --macho --private-headers "$1"; }
    for f in "${thin[@]}"; do
        name=$(basename "$f")
        # One line per object (one for a linked file): its CPU, platform and minimum OS.
        versions=$(commands "$f" | awk '
            /:$/ && !/^ / { if (n++) print cpu, p, v; cpu = "none"; p = "none"; v = "none" }
            $1 == "MH_MAGIC_64" { cpu = tolower($2) }
            $1 == "cmd" { cmd = $2 }
            cmd == "LC_BUILD_VERSION" && $1 == "platform" { p = $2 }
            cmd == "LC_BUILD_VERSION" && $1 == "minos" { v = $2 }
            cmd == "LC_VERSION_MIN_MACOSX" && $1 == "version" { p = "macos"; v = $2 }
            END { if (n) print cpu, p, v }')
        [ -n "$versions" ] || fail "$name: no Mach-O object found"
        bad=$(awk -v a="$arch" -v p="$platform" -v v="$minos" '$1 != a || $2 != p || $3 != v' <<<"$versions")
        [ -z "$bad" ] || fail "$name: not $arch for $platform $minos (CPU, platform, minimum OS):
$bad"
        [[ $name == *.a ]] && { say "$name $arch: $(wc -l <<<"$versions") objects for $platform $minos"; continue; }
        dylibs=$(commands "$f" | awk '$1 == "cmd" { cmd = $2 } cmd ~ /^LC_(LOAD|LOAD_WEAK|REEXPORT)_DYLIB$/ && $1 == "name" { print $2 }')
        [ "$dylibs" = /usr/lib/libSystem.B.dylib ] || fail "$name loads more or other than libSystem: $dylibs"
        facts="$platform $minos, loads only libSystem"
        case $name in
            *.dylib)
                id=$(commands "$f" | awk '$1 == "cmd" { cmd = $2 } cmd == "LC_ID_DYLIB" && $1 == "name" { print $2 }')
                [ "$id" = @rpath/libzego_codes.dylib ] || fail "$name's install name is $id, not @rpath/libzego_codes.dylib"
                facts+=", install name $id" ;;
            _native*)
                grep -qx _PyInit__native <<<"$(llvm-nm-$LLVM_VERSION -g --defined-only --format=just-symbols "$f")" ||
                    fail "$name does not export PyInit__native"
                # The Python API is bound by dyld's flat lookup, in whatever image defines it.
                flat=$(llvm-objdump-$LLVM_VERSION --macho --bind --lazy-bind "$f" | awk '$NF ~ /^_Py/ && $(NF-1) == "flat-namespace"' | wc -l)
                [ "$flat" -gt 0 ] || fail "$name binds no Python function by dynamic lookup"
                facts+=", exports PyInit__native, binds $flat Python functions by dynamic lookup" ;;
        esac
        if [ "$arch" = arm64 ]; then
            facts+=", $(python3 "$here/macho-signature.py" "$f")"
        fi
        say "$name $arch: $facts"
    done
    say "the macOS files are checked, not run"
)

unpack() { # ARCHIVE (tar.gz or zip) into $out
    case $cross_archive in zip) (cd "$out" && unzip -q "$1") ;; *) tar xzf "$1" -C "$out" ;; esac
}

if [ "${1:-}" = exports ]; then shift; check_exports "$@"; exit; fi

triple=$1 dist=$(realpath "$2") version=$3 reference=$(realpath "$4")
row "$triple"
python=${ZEGO_DIST_PYTHON:-python3}
out=$root/target/cross-test/$triple
rm -rf "$out" && mkdir -p "$out"
fail() { echo "cross $triple: $*" >&2; exit 1; }
say() { echo "cross $triple: $*"; }
sdk=$out/libzego_codes-$version-$cross_name
unpack "$dist/libzego_codes-$version-$cross_name.$cross_archive"
case $cross_lib in
    dll) shared=$sdk/bin/zego_codes.dll ;;
    dylib) shared=$sdk/lib/libzego_codes.dylib ;;
    so) shared=$(realpath "$sdk/lib/libzego_codes.so") ;;
esac
static=$sdk/lib/libzego_codes.a
# Rows of one name ship universal files (macOS): each row tests its own architecture's part.
if [ "$(table name="$cross_name" triple | wc -l)" -gt 1 ]; then
    universal_size=$(stat -c %s "$shared")
    shared=$(apple_thin "$triple" "$shared" "$out") static=$(apple_thin "$triple" "$static" "$out")
fi
# shellcheck disable=SC2015 # fails when either test is false, as meant
[ -f "$sdk/BUILDINFO" ] && grep -q '^rustc: ' "$sdk/BUILDINFO" || fail "the C library archive lacks BUILDINFO"

check_exports "$reference" "$shared" "$static"

# Sizes: the shared library as shipped; a static lookup's cost as ffi/tests/size.sh measures it
# on x86_64 (stripped programs with and without the call, --gc-sections).
so_size=$(stat -c %s "$shared")
# A Mach-O library counts as shipped: its architecture's part of the universal file, page
# padding and all (16 KB a segment on arm64).
[ -z "${universal_size:-}" ] ||
    say "size: libzego_codes.dylib $universal_size bytes universal; its part for $triple $so_size bytes"

cc=("$python" -m ziglang cc -target "$cross_cc")
cxx=("$python" -m ziglang c++ -target "$cross_cc")
# What the static library needs beside it, as its pkg-config file says (Libs.private).
# shellcheck disable=SC2054,SC2207 # the commas belong to -Wl; Libs.private's flags split into words
static_link=("$static" $(sed -n 's/^Libs.private: //p' "$sdk/lib/pkgconfig/zego_codes.pc") -Wl,--gc-sections)
[ "$cross_libc" != musl ] || static_link+=(-static)
for prog in without one product; do
    "${cc[@]}" -std=c99 -Os -ffunction-sections -fdata-sections -I"$sdk/include" \
        "$root/ffi/tests/size/$prog.c" "${static_link[@]}" -o "$out/size-$prog"
    llvm-strip-$LLVM_VERSION "$out/size-$prog"
done
one=$(( $(stat -c %s "$out/size-one") - $(stat -c %s "$out/size-without") ))
product=$(( $(stat -c %s "$out/size-product") - $(stat -c %s "$out/size-without") ))
# A Mach-O program's cost counts without the zeros that align its segments to pages
# (macho_size): the program's own segments pad, whether it calls the library or not.
if [ -n "${universal_size:-}" ]; then
    one=$(( $(macho_size "$out/size-one") - $(macho_size "$out/size-without") ))
    product=$(( $(macho_size "$out/size-product") - $(macho_size "$out/size-without") ))
fi
goal=$((160 * 1024))
say "size: $(basename "$shared") $so_size bytes; libzego_codes.a adds $one bytes for an AI Agent lookup, $product bytes for a product lookup (goal <= $goal each)"
# A size over its goal fails the target once its other tests have run, to report them too.
over=()
[ "$so_size" -le "$goal" ] || over+=("the shared library is larger than 160 KB")
[ "$one" -le "$goal" ] || over+=("an AI Agent lookup links in more than 160 KB")
[ "$product" -le "$goal" ] || over+=("a product lookup links in more than 160 KB")

# The runner: a command prefix that runs one of the target's programs here. wine32's is
# roots.sh run as a program, since the command's launcher below execs the prefix.
case $cross_runner in
    qemu-*)
        rootfs=$(debian11_root "$cross_runner")
        run=("$(command -v "$cross_runner")" -L "$rootfs") ;;
    wine)
        command -v wine >/dev/null || "$root/tools/apt-install.sh" wine wine64
        export WINEPREFIX=$root/target/roots/wine-$cross_name WINEDEBUG=-all
        mkdir -p "$(dirname "$WINEPREFIX")"
        [ -f "$WINEPREFIX/system.reg" ] || wineboot --init >/dev/null 2>&1
        run=("$(command -v wine)") ;;
    wine32) run=("$here/roots.sh" wine32-run "$(wine32_root)" "$out") ;;
    native) run=() ;;
    -) check_files
       [ ${#over[@]} -eq 0 ] || fail "size: ${over[*]}"
       exit 0 ;;
esac

# The C and C++ tests against the archive's libraries, shared and static.
tables=$out/tables
"$root/ffi/tests/tables.sh" "$tables"
"$root/ffi/tests/oracle.sh" "${ZEGOCODES_PRODUCTS:?set ZEGOCODES_PRODUCTS to the products oracle}" "$tables"
flags=(-Wall -Wextra -Werror -pedantic -O1 -I"$sdk/include" -I"$tables" -I"$root/ffi/tests")
# shellcheck disable=SC2054 # the commas belong to -Wl
case $cross_lib in
    dll) link_shared=(-L"$sdk/lib" -lzego_codes); cp "$shared" "$out/" ;;
    *) link_shared=(-L"$sdk/lib" -lzego_codes -Wl,-rpath,"$sdk/lib") ;;
esac
built=()
build() { # NAME COMPILER... : builds $out/NAME, shared or static as its name ends
    local name=$1; shift
    local link=("${link_shared[@]}")
    case $name in
        *-static) link=("${static_link[@]}") ;;
        *-implib) link=("$sdk/lib/zego_codes.lib") ;; # Windows: the import library for MSVC
    esac
    "$@" "${flags[@]}" "${link[@]}" -o "$out/$name"
    built+=("$name")
}
# musl programs are tested as musl users link them, fully static: no musl loader exists here
# to run one that needs libzego_codes.so (whose exports are checked above).
kinds=(shared static)
[ "$cross_libc" != musl ] || kinds=(static)
for kind in "${kinds[@]}"; do
    build "codes-c99-$kind" "${cc[@]}" -std=c99 "$root/ffi/tests/test_codes.c"
    build "products-c99-$kind" "${cc[@]}" -std=c99 "$root/ffi/tests/test_products.c"
    build "threads-c11-$kind" "${cc[@]}" -std=c11 -pthread "$root/ffi/tests/test_threads.c"
    build "cpp-c++17-$kind" "${cxx[@]}" -std=c++17 "$root/ffi/tests/test_cpp.cpp"
done
# zego_codes.lib, the MSVC import library, read by zig's linker (lld, as MSVC's link would).
[ "$cross_lib" != dll ] || build codes-c99-implib "${cc[@]}" -std=c99 "$root/ffi/tests/test_codes.c"
# The build's expectations copied beside the programs: wine32 sees only their folder.
cp "${ZEGOCODES_EXPECTATIONS:?set ZEGOCODES_EXPECTATIONS to the expectations file}" "$out/expectations.tsv"
expect=$out/expectations.tsv products=$tables/products.tsv
# Windows programs get the Windows path of the same file (wine's Z: is /).
[ "$cross_lib" != dll ] || expect="Z:${expect//\//\\}" products="Z:${products//\//\\}"
for name in "${built[@]}"; do
    case $name in
        threads*) args=("$expect" 3) ;;
        products*) args=("$products") ;;
        cpp*) args=("$expect" "$products") ;;
        *) args=("$expect") ;;
    esac
    "${run[@]}" "$out/$name" "${args[@]}" > "$out/$name.log" 2>&1 || { cat "$out/$name.log" >&2; fail "$name failed"; }
done
say "C and C++ tests built by zig ($cross_cc), ${kinds[*]}, ran under ${cross_runner}: ${built[*]}"
# Windows: the zip's CMake package, as a MinGW project uses it.
[ "$cross_lib" != dll ] || windows_cmake "$cross_cc" "$sdk" "$out/cmake" "${run[@]}"

# The command: the golden cases print what the x86_64 command prints, byte for byte.
if [ "$cross_exe" != - ]; then
    unpack "$dist/zego-codes-$version-$cross_name.$cross_archive"
    cli=$out/zego-codes-$version-$cross_name/$cross_exe
    launcher=$out/zego-codes-run
    printf '#!/bin/sh\n%s\nexec %s "$@"\n' \
        "$( [ -n "${WINEPREFIX:-}" ] && echo "export WINEPREFIX=$WINEPREFIX WINEDEBUG=-all HOME=$HOME" )" \
        "${run[*]} $cli" > "$launcher"
    chmod +x "$launcher"
    mkdir -p "$out/host-cli"
    # The reference: the host's row's command (rustc column rustup), x86_64 Linux glibc's.
    host=$(table rustc=rustup name)
    tar xzf "$dist/zego-codes-$version-$host.tar.gz" -C "$out/host-cli" --strip-components=1
    "$root/tests/dist/cli-cases.sh" "$out/host-cli/zego-codes" "$out/cli-expected"
    "$root/tests/dist/cli-cases.sh" "$launcher" "$out/cli-got"
    diff -r "$out/cli-expected" "$out/cli-got" || fail "the command prints differently from the x86_64 command (above)"
    # shellcheck disable=SC2012 # a count for the message; ls counts what a reader would see
    say "zego-codes ran $(ls "$out/cli-got" | wc -l) golden cases under $cross_runner, byte for byte as on x86_64"
    # A static musl command runs on glibc systems too: again inside the x86_64 Debian 11 root
    # of tests/dist/debian11.sh (qemu's runs above already use the foreign root's files).
    debian11=$root/target/debian11/root
    if [ "$cross_libc" = musl ] && [ "$cross_runner" = native ] && [ -d "$debian11/tmp" ] && [ "$(id -u)" = 0 ]; then
        mkdir -p "$debian11/tmp/zego-cross" && cp "$cli" "$debian11/tmp/zego-cross/zego-codes"
        printf '#!/bin/sh\nexec %s %s /tmp/zego-cross/zego-codes "$@"\n' "$(command -v chroot)" "$debian11" > "$out/zego-codes-debian11"
        chmod +x "$out/zego-codes-debian11"
        "$root/tests/dist/cli-cases.sh" "$out/zego-codes-debian11" "$out/cli-debian11"
        rm -rf "$debian11/tmp/zego-cross"
        diff -r "$out/cli-expected" "$out/cli-debian11" || fail "the command prints differently in the Debian 11 root (above)"
        say "zego-codes ran the golden cases inside the Debian 11 root (glibc, no musl) too"
    fi
fi

# The wheel's Python suite, on the root's CPython 3.9 (glibc roots only).
if [ "$cross_wheel" != - ] && [ -n "${rootfs:-}" ] && [ "$cross_libc" = glibc ]; then
    wheels=$(py39_wheels "$python")
    venv "$rootfs" "$out/venv" "$dist/zego_codes-$version-$PY_ABI-abi3-$cross_wheel_tag.whl" "$wheels"/*.whl
    (cd "$root/python/tests" && ZEGO_CODES_ROOT=$root "$out/venv/bin/python" -m pytest -q -p no:cacheprovider) ||
        fail "the Python suite failed on the Debian 11 root's CPython 3.9"
    say "the wheel's Python suite passed on $("$out/venv/bin/python" --version) under $cross_runner"
fi
check_files
[ ${#over[@]} -eq 0 ] || fail "size: ${over[*]}"
