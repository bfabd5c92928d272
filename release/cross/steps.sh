#!/usr/bin/env bash
# The release's shared steps, each written once: release/cross/build.sh, release/mobile's
# scripts and the tests source this file and call the steps as functions; the make files and
# other scripts run it with the step's name:
#   release/cross/steps.sh STEP [ARGS...]      e.g. release/cross/steps.sh table dist=yes triple
# The steps, in the order a build meets them:
#   row TRIPLE              (sourced only) a target's row as shell variables, cross_*
#   target-env TRIPLE       (sourced only) the row, and the environment of its cargo builds
#   table [--mobile] [COLUMN=VALUE...] COLUMN...   the named columns of the matching rows
#   files VERSION [TRIPLE...]                      the files build.sh writes for the rows
#   tools                   installs the cross toolchain where this machine lacks it
#   cross-cargo TRIPLE SUBCOMMAND [ARGS...]        cargo for the target, in its environment
#   rustflags-remap         the rustc flags that keep the build's folders out of its files
#   windows-rtstartup TRIPLE                       rustc's start objects for i686 MinGW
#   musl-needed ZIG_TARGET LINKER_ARGS...          (run by zig-cc after a musl link)
#   soname LIB.so           the SONAME ffi/build.rs gave a library
#   dev-files OUT VERSION ABI STATIC_LIBS PREFIX LIBDIR INCLUDEDIR    pkg-config and CMake files
#   cmake-config-version VERSION OUT                                  the CMake version file
#   windows-sdk TRIPLE CARGO_OUT SDK VERSION STATIC_LIBS              the DLL's layout
#   apple-universal TRIPLE DIST VERSION STATIC_LIBS                   macOS's universal files
#   buildinfo TRIPLE RUSTC LINKER                  what built an archive (its BUILDINFO)
#   source-date-epoch       the one time every release file carries
#   pack FORMAT BASE OUT NAME...                   a reproducible tar.gz or zip
#   wheel-sbom WHEEL CHECKOUT OUT                  a wheel whose SBOM names no build folder
# Every per-target difference a step acts on comes from the row's columns
# (release/cross/targets.tsv's header says what each means), never from matching the triple.
# A step that was a program of its own keeps a subshell body and its own `set -euo pipefail`,
# so that it behaves alike whether it is run or called, in a command substitution too.

# shellcheck disable=SC2034 # cross_dir, cross_root: for the scripts that source this file
cross_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cross_root=$(cd "$cross_dir/../.." && pwd)
# The floors, which cells name as @GLIBC@ and @LLVM@, and the wheel tags name.
# shellcheck source=release/floors.env
. "$cross_dir/../floors.env"

# --- The table ---------------------------------------------------------------------------

# row TRIPLE: its row of release/cross/targets.tsv, or else of the mobile targets' table
# (release/mobile/targets.tsv), as shell variables named by the table's header line
# (cross_name, cross_archive, cross_lib...; a column the table lacks is empty), plus
# cross_minos (an Apple row's minimum OS) and cross_wheel_tag.
row() {
    # Every column either table has (targets.tsv's header says what each means).
    # shellcheck disable=SC2034 # the columns are for the scripts that source this file
    cross_name='' cross_archive='' cross_lib='' cross_exe='' cross_libc='' cross_format='' cross_rustc='' \
        cross_strip='' cross_linker='' cross_cc='' cross_runner='' cross_wheel='' cross_wheellink='' cross_dist=''
    local known=" name archive lib exe libc format rustc strip linker cc runner wheel wheellink dist "
    local line columns values i
    line=$(awk -v t="$1" '/^# triple / { h = $0 } !/^#/ && $1 == t { print h; print; exit }' \
        "$cross_dir/targets.tsv" "$cross_dir/../mobile/targets.tsv")
    [ -n "$line" ] || { echo "cross: $1 is in neither $cross_dir/targets.tsv nor release/mobile/targets.tsv" >&2; return 1; }
    {
        read -r -a columns
        read -r -a values
    } <<<"$line"
    for ((i = 2; i < ${#columns[@]}; i++)); do
        case $known in
            *" ${columns[i]} "*) printf -v "cross_${columns[i]}" %s "$(floors "${values[i - 1]}")" ;;
            *) echo "cross: release/cross/steps.sh's row does not know the column ${columns[i]}" >&2; return 1 ;;
        esac
    done
    # The mobile table has no rustc column: its rows are all built by Debian's rustc.
    cross_rustc=${cross_rustc:-debian}
    # An Apple row's minimum OS (release/mobile/apple.tsv).
    cross_minos=
    if [ "$cross_libc" = darwin ]; then
        cross_minos=$(awk -v t="$1" '!/^#/ && $1 == t { print $7 }' "$cross_dir/../mobile/apple.tsv")
        [ -n "$cross_minos" ] || { echo "cross: $1 has no minimum OS in release/mobile/apple.tsv" >&2; return 1; }
    fi
    # The wheel's platform tag: the wheel column's architecture under the floor of the row's
    # libc (release/floors.env, or the minimum OS).
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
}

floors() { # CELL: with @GLIBC@ and @LLVM@ replaced by release/floors.env's values
    local v=${1//@GLIBC@/$GLIBC_FLOOR}
    echo "${v//@LLVM@/$LLVM_VERSION}"
}

# table [--mobile] [COLUMN=VALUE...] COLUMN...: the named columns of release/cross/targets.tsv's
# rows (--mobile: of release/mobile/targets.tsv's), one row a line, in the table's order,
# keeping only the rows where each COLUMN=VALUE holds. Columns are found by the names of the
# table's header line, so no reader counts them, as row does.
table() (
    set -euo pipefail
    local table=$cross_dir/targets.tsv where=() wanted=() a
    [ "${1:-}" != --mobile ] || { table=$cross_dir/../mobile/targets.tsv; shift; }
    for a in "$@"; do case $a in *=*) where+=("$a") ;; *) wanted+=("$a") ;; esac; done
    [ ${#wanted[@]} -gt 0 ] || { echo "usage: release/cross/steps.sh table [--mobile] [COLUMN=VALUE...] COLUMN..." >&2; exit 2; }
    awk -v want="${wanted[*]}" -v where="${where[*]:-}" -v table="$table" -v glibc="$GLIBC_FLOOR" -v llvm="$LLVM_VERSION" '
        function column(name) {
            if (!(name in col)) { print "table: " table " has no column " name > "/dev/stderr"; bad = 1; exit 1 }
            return col[name]
        }
        /^# triple / {
            for (i = 2; i <= NF; i++) col[$i] = i - 1
            n = split(want, w, " "); m = split(where, f, " ")
            for (j = 1; j <= n; j++) wc[j] = column(w[j])
            for (j = 1; j <= m; j++) { eq = index(f[j], "="); fc[j] = column(substr(f[j], 1, eq - 1)); fv[j] = substr(f[j], eq + 1) }
            next
        }
        /^#/ || NF == 0 { next }
        {
            gsub(/@GLIBC@/, glibc); gsub(/@LLVM@/, llvm)
            for (j = 1; j <= m; j++) if ($fc[j] != fv[j]) next
            line = $wc[1]
            for (j = 2; j <= n; j++) line = line " " $wc[j]
            print line
        }
        END { if (!bad && !n) { print "table: " table " has no header line (# triple ...)" > "/dev/stderr"; exit 1 } }' "$table"
)

# files VERSION [TRIPLE...]: the files build.sh writes for each target (or only those named),
# one a line: what `make dist` ships and SHA256SUMS covers.
files() (
    set -euo pipefail
    local version=$1; shift
    local only=" $* " rows triple
    rows=$(table triple name)
    while read -r triple _; do
        [ "$only" = "  " ] || [[ $only == *" $triple "* ]] || continue
        row "$triple"
        # Rows of one name share one archive of each kind, made by the build of the last of
        # them (apple-universal).
        if [ "$(awk -v n="$cross_name" '$2 == n { t = $1 } END { print t }' <<<"$rows")" = "$triple" ]; then
            echo "libzego_codes-$version-$cross_name.$cross_archive"
            [ "$cross_exe" = - ] || echo "zego-codes-$version-$cross_name.$cross_archive"
        fi
        [ "$cross_wheel_tag" = - ] || echo "zego_codes-$version-$PY_ABI-abi3-$cross_wheel_tag.whl"
    done <<<"$rows"
)

# --- The toolchain and the build's environment -------------------------------------------

# tools: installs, through apt-get, the cross toolchain `make dist` and `make test` use where
# this machine lacks it: Debian's rustc-web with rust-web-src (a rustc whose standard library
# builds for any target), qemu-user and debootstrap (foreign roots and programs), mingw-w64
# (Windows DLLs and import libraries), wine, llvm (strip, nm, objdump, lipo for every object
# format), lld (the macOS dylib, release/cross/apple-lld), zip, unzip and patchelf
# (musl-needed). zig comes from PyPI (python/requirements-dist.txt).
tools() (
    set -euo pipefail
    local missing=()
    need() { # COMMAND_OR_PATH PACKAGE...
        local what=$1; shift
        case $what in
            /*) [ -e "$what" ] || missing+=("$@") ;;
            *) command -v "$what" >/dev/null || missing+=("$@") ;;
        esac
    }
    need /usr/bin/rustc rustc-web
    need /usr/lib/rustlib/src/rust/library/core rust-web-src
    need qemu-aarch64 qemu-user
    need debootstrap debootstrap
    need x86_64-w64-mingw32-gcc gcc-mingw-w64-x86-64
    need i686-w64-mingw32-gcc gcc-mingw-w64-i686
    need wine wine wine64
    need "llvm-strip-$LLVM_VERSION" "llvm-$LLVM_VERSION"
    need "ld64.lld-$LLVM_VERSION" "lld-$LLVM_VERSION"
    need zip zip
    need unzip unzip
    need file file
    need patchelf patchelf
    if [ ${#missing[@]} -gt 0 ]; then
        echo "cross: installing ${missing[*]}"
        "$cross_root/tools/apt-install.sh" "${missing[@]}"
    fi
)

# target-env TRIPLE: the environment of a release build of that triple (the compiler, the
# linker, the target folder), its row, and core_std, cargo's arguments for the C library.
target_env() {
    row "$1"
    # The row's Rust compiler (the rustc column), as BUILDINFO names it (cross_rustc_bin).
    # Debian's builds get a target folder per triple: cargo locks its folder while it builds,
    # and mk/dist.mk builds two triples at a time. rustup's (the host's) use the checkout's
    # own, as `make ffi` does, their outputs under target/TRIPLE/.
    # shellcheck disable=SC2034 # cross_rustc_bin is for the scripts that source this file
    case $cross_rustc in
        debian) export RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$cross_root/target/cross/$1
                cross_rustc_bin=$RUSTC ;;
        rustup) export CARGO_TARGET_DIR=$cross_root/target
                cross_rustc_bin=rustc ;;
        *) echo "cross: $1's rustc is $cross_rustc, neither debian nor rustup" >&2; return 1 ;;
    esac
    local rustflags_var
    rustflags_var=CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$1")_RUSTFLAGS
    cross_linker_var=CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$1")_LINKER
    # Target rustflags: the build's folders mapped away (rustflags-remap),
    # ZEGO_CROSS_RUSTFLAGS (a caller's, for one build), and what the row's libc needs (the libc
    # column):
    #   musl: -C link-self-contained=no (its programs are static, and zig brings musl's start
    #     files and libc, which rustc's sysroot lacks for a target built from source); a musl
    #     shared object names musl's libc as musl systems install it, not zig's "libc.so";
    #   mingw, mingw-dwarf: no link time in the PE header (mingw's linker writes one by
    #     default, and a release file depends on the commit alone);
    #   mingw-dwarf: rustc's start objects (rsbegin.o, rsend.o), which Debian's rustc lacks.
    cross_rustflags="$(rustflags_remap) ${ZEGO_CROSS_RUSTFLAGS:-}"
    # (;;& tests the arms below it too: mingw-dwarf gets both of its flags.)
    case $cross_libc in
        musl) cross_rustflags="-C link-self-contained=no $cross_rustflags"
              export ZEGO_ZIG_AFTER=musl-needed ;;
        mingw*) cross_rustflags="-C link-arg=-Wl,--no-insert-timestamp $cross_rustflags" ;;&
        mingw-dwarf) cross_rustflags="-L native=$(windows_rtstartup "$1") $cross_rustflags" ;;
    esac
    [ -z "$cross_rustflags" ] || export "$rustflags_var=$cross_rustflags"
    case $cross_linker in
        zig:*) export ZEGO_ZIG_TARGET=${cross_linker#zig:} "$cross_linker_var=$cross_dir/zig-cc" ;;
        *) export "$cross_linker_var=$cross_linker" ;;
    esac
    # A macOS dylib (iOS rows build static libraries only):
    #   - the deployment target of release/mobile/apple.tsv (the minimum OS of the
    #     XCFramework's macOS slice too), which rustc writes into each object's load commands,
    #     maturin into the wheel's tag, and zig's linker (its target gets the version, e.g.
    #     aarch64-macos.11.0) into the linked file's;
    #   - the linker release/cross/apple-zig-cc. zig signs what it links for arm64 (an ad-hoc
    #     signature, which macOS requires of arm64 code). rustc would strip Apple outputs after
    #     linking with rust-objcopy, which Debian's rustc lacks: cargo's stripping is off, and
    #     build.sh strips with llvm-strip, which writes a new ad-hoc signature for the file it
    #     changes (tests/cross/macho-signature.py checks every page's hash);
    #   - a package's own profile (Cargo.toml builds the C library's crate for size) does not
    #     take CARGO_PROFILE_*, and cargo's environment cannot name a package with dashes:
    #     cross-cargo passes ZEGO_CROSS_CONFIG as --config;
    #   - only the libraries a file calls into are loaded (the libc crate names libiconv too).
    if [ "$cross_lib" = dylib ]; then
        export MACOSX_DEPLOYMENT_TARGET=$cross_minos ZEGO_ZIG_TARGET=$ZEGO_ZIG_TARGET.$cross_minos
        export "$cross_linker_var=$cross_dir/apple-zig-cc"
        export CARGO_PROFILE_RELEASE_STRIP=false CARGO_PROFILE_FFI_STRIP=false
        export ZEGO_CROSS_CONFIG=profile.ffi.package.zego-codes-ffi.strip=false
        export "$rustflags_var=$cross_rustflags -C link-arg=-Wl,-dead_strip_dylibs"
    fi
    # cargo's arguments for the C library of any cross or mobile target (build.sh,
    # release/mobile/lib.sh), one list so that both share cargo's cache.
    # The library is no_std: core only, its memcpy from compiler-builtins where no libc has
    # one. compiler_builtins gets one codegen unit per function, as the standard library's own
    # profile gives it (lost under -Zbuild-std, which applies this workspace's
    # codegen-units = 1): a linker then takes only the functions a program calls. windows-gnu
    # objects keep all their code in one .text section (rustc turns function sections off
    # there), so in one object all of it stayed in the DLL despite --gc-sections (lgamma,
    # float helpers: 43 KB).
    # shellcheck disable=SC2034,SC2054 # used by the scripts that source this file; the commas belong to the options
    core_std=(-Zbuild-std=core,panic_abort -Zbuild-std-features=compiler-builtins-mem
        --config profile.ffi.package.compiler_builtins.codegen-units=10000)
}

# cross-cargo TRIPLE SUBCOMMAND [CARGO_ARGS...]: cargo for any target triple in its
# environment (target-env). rustup holds only x86_64 Linux's standard library, so the other
# rows use Debian's rustc-web (/usr/bin/rustc), whose rust-web-src lets cargo build core or
# std for the target (-Zbuild-std, unlocked by RUSTC_BOOTSTRAP), into target/cross/TRIPLE/.
#   e.g. release/cross/steps.sh cross-cargo aarch64-unknown-linux-gnu build --release -Zbuild-std=std,panic_abort
cross_cargo() (
    set -euo pipefail
    local triple=$1 sub=$2; shift 2
    target_env "$triple"
    # ZEGO_CROSS_CONFIG: a cargo --config the target's environment needs (a macOS dylib's).
    exec "${CARGO:-cargo}" "$sub" --target "$triple" ${ZEGO_CROSS_CONFIG:+--config "$ZEGO_CROSS_CONFIG"} "$@"
)

# rustflags-remap: the rustc flags that keep where a build ran out of what it makes. rustc
# writes source paths into panic locations (the registry's sources under CARGO_HOME, OUT_DIR's
# files) and into debug info, which the linker's GNU build ID hashes even when strip removes it
# afterwards: the checkout becomes "." and CARGO_HOME "/cargo". Every release build passes
# them (the Makefile's REPRO_RUSTFLAGS for mk/ffi.mk, target-env for every other).
# Space-separated, as RUSTFLAGS are: a checkout or CARGO_HOME path with a space is refused.
rustflags_remap() (
    set -euo pipefail
    local physical cargo_home=${CARGO_HOME:-$HOME/.cargo}
    physical=$(cd "$cross_root" && pwd -P)
    case "$physical$cargo_home" in *' '*)
        echo "rustflags-remap: a path with a space cannot go into RUSTFLAGS: $physical, $cargo_home" >&2; exit 1 ;;
    esac
    echo "--remap-path-prefix=$physical=. --remap-path-prefix=$cargo_home=/cargo"
)

# windows-rtstartup TRIPLE: rsbegin.o and rsend.o for a 32-bit windows-gnu target: rustc
# links them into every i686 MinGW binary (they register its DWARF unwind tables with
# libgcc), and looks for them in the target's sysroot, which Debian's rustc-web lacks for
# i686-pc-windows-gnu. They are compiled here from rust-web-src's library/rtstartup
# (#![no_core] sources), once per rustc version, into target/cross/rtstartup/TRIPLE, which
# target-env hands rustc as a search path. Prints the folder.
windows_rtstartup() (
    set -euo pipefail
    local triple=$1 rustc=${RUSTC:-/usr/bin/rustc} src=/usr/lib/rustlib/src/rust/library/rtstartup
    local out=$cross_root/target/cross/rtstartup/$1 version obj
    version=$("$rustc" --version)
    if [ "$(cat "$out/.stamp" 2>/dev/null)" != "$version" ]; then
        mkdir -p "$out"
        for obj in rsbegin rsend; do
            RUSTC_BOOTSTRAP=1 "$rustc" --target "$triple" --emit=obj -C panic=abort -C opt-level=3 \
                -o "$out/$obj.o" "$src/$obj.rs" >&2
        done
        echo "$version" > "$out/.stamp"
    fi
    echo "$out"
)

# musl-needed ZIG_TARGET LINKER_ARGS...: after zig links a shared object for musl (zig-cc runs
# it, as ZEGO_ZIG_AFTER names it): names musl's C library as musl systems install it,
# libc.musl-ARCH.so.1 (Alpine; what musllinux wheels need), instead of "libc.so", the name of
# zig's stub, which only a musl-dev package installs. Does nothing unless -shared.
musl_needed() (
    set -euo pipefail
    local arch=${1%%-*} out='' shared=''; shift
    while [ $# -gt 0 ]; do
        case $1 in
            -shared) shared=1 ;;
            -o) out=$2; shift ;;
        esac
        shift
    done
    [ -n "$shared" ] && [ -n "$out" ] || exit 0
    if llvm-readelf-$LLVM_VERSION -d "$out" | grep -q '(NEEDED).*\[libc\.so\]'; then
        patchelf --replace-needed libc.so "libc.musl-$arch.so.1" "$out"
    fi
)

# --- The C library's layouts -------------------------------------------------------------

# soname LIB.so: the SONAME of a shared library. ffi/build.rs decides it; the make files,
# build.sh and the tests read it back from the library instead of restating the rule.
soname() (
    set -euo pipefail
    readelf -d "$1" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p'
)

# dev-files OUT VERSION ABI STATIC_LIBS PREFIX LIBDIR INCLUDEDIR: the pkg-config and CMake
# files of libzego_codes from ffi/'s templates: `make install` and the SDK archives both
# write them here, so they never differ.
#   OUT/pkgconfig/zego_codes.pc           the shared library (Libs.private: what a fully
#                                         static link adds)
#   OUT/pkgconfig/zego_codes-static.pc    libzego_codes.a by its path, with --gc-sections
#   OUT/cmake/zego_codes/                 zego_codes::zego_codes and ::zego_codes_static
# PREFIX, LIBDIR, INCLUDEDIR: absolute paths the files are installed under. With PREFIX "" the
# tree is relocatable: LIBDIR and INCLUDEDIR are relative to the prefix ("lib", "include") and
# the .pc files name them from ${pcfiledir}, their own folder. The CMake files always find the
# library relative to themselves.
dev_files() (
    set -euo pipefail
    [ $# -eq 7 ] || { echo "usage: release/cross/steps.sh dev-files OUT VERSION ABI STATIC_LIBS PREFIX LIBDIR INCLUDEDIR" >&2; exit 2; }
    local out=$1 version=$2 abi=$3 static_libs=$4 prefix=$5 libdir=$6 includedir=$7
    local templates=$cross_root/ffi standin pc_prefix pc_libdir pc_includedir cmake_dir pc
    if [ -z "$prefix" ]; then
        # Paths are computed in a stand-in root, then named from the .pc file's folder.
        standin=/relocatable
        pc_prefix="\${pcfiledir}/$(realpath -m --relative-to="$standin/$libdir/pkgconfig" "$standin")"
        pc_libdir="\${prefix}/$libdir" pc_includedir="\${prefix}/$includedir"
        libdir=$standin/$libdir includedir=$standin/$includedir
    else
        pc_prefix=$prefix pc_libdir=$libdir pc_includedir=$includedir
    fi
    cmake_dir=$libdir/cmake/zego_codes
    mkdir -p "$out/pkgconfig" "$out/cmake/zego_codes"
    for pc in zego_codes zego_codes-static; do
        sed -e "s|@PREFIX@|$pc_prefix|; s|@LIBDIR@|$pc_libdir|; s|@INCLUDEDIR@|$pc_includedir|" \
            -e "s|@VERSION@|$version|; s|@STATIC_LIBS@|$static_libs|" \
            "$templates/$pc.pc.in" > "$out/pkgconfig/$pc.pc"
    done
    sed -e "s|@VERSION@|$version|g; s|@ABI@|$abi|g" \
        -e "s|@REL_LIBDIR@|$(realpath -m --relative-to="$cmake_dir" "$libdir")|" \
        -e "s|@REL_INCLUDEDIR@|$(realpath -m --relative-to="$cmake_dir" "$includedir")|" \
        -e "s|@STATIC_LIBS_CMAKE@|$(sed 's/-l//g; s/ /;/g' <<<"$static_libs")|" \
        "$templates/cmake/zego_codes-config.cmake.in" > "$out/cmake/zego_codes/zego_codes-config.cmake"
    cmake_config_version "$version" "$out/cmake/zego_codes/zego_codes-config-version.cmake"
)

# cmake-config-version VERSION OUT_FILE: zego_codes-config-version.cmake for VERSION, from
# ffi/cmake's template: every C library archive's CMake package (dev-files, windows-sdk,
# apple-universal) takes it from here.
cmake_config_version() (
    set -euo pipefail
    local version=$1 out=$2 major minor rest
    major=${version%%.*} rest=${version#*.}
    minor=${rest%%.*}
    sed -e "s|@VERSION@|$version|g; s|@MAJOR@|$major|g; s|@MINOR@|$minor|g" \
        "$cross_root/ffi/cmake/zego_codes-config-version.cmake.in" > "$out"
)

# A layout's own pkg-config and CMake templates (release/cross/windows/, macos/), filled in:
# fill_layout TEMPLATES SDK VERSION STATIC_LIBS
fill_layout() (
    set -euo pipefail
    local templates=$1 sdk=$2 version=$3 static_libs=$4 f
    mkdir -p "$sdk/lib/pkgconfig" "$sdk/lib/cmake/zego_codes"
    for f in zego_codes.pc zego_codes-static.pc; do
        sed -e "s|@VERSION@|$version|g; s|@STATIC_LIBS@|$static_libs|g" "$templates/$f.in" > "$sdk/lib/pkgconfig/$f"
    done
    sed -e "s|@VERSION@|$version|g; s|@STATIC_LIBS_CMAKE@|$(sed 's/-l//g; s/ /;/g' <<<"$static_libs")|g" \
        "$templates/zego_codes-config.cmake.in" > "$sdk/lib/cmake/zego_codes/zego_codes-config.cmake"
    cmake_config_version "$version" "$sdk/lib/cmake/zego_codes/zego_codes-config-version.cmake"
)

# windows-sdk TRIPLE CARGO_OUT SDK VERSION STATIC_LIBS: the Windows layout of the C library
# (a zip, see release/cross/windows/README.md):
#   bin/zego_codes.dll          the DLL, which must sit beside the program (or on PATH)
#   lib/zego_codes.lib          import library for MSVC (llvm-dlltool's short import format,
#                               which MinGW's linkers read as well)
#   lib/libzego_codes.dll.a     import library for MinGW (-lzego_codes)
#   lib/libzego_codes.a         static library, for MinGW (it expects MinGW's C runtime)
#   lib/pkgconfig/, lib/cmake/zego_codes/   pkg-config (MinGW) and CMake (MSVC or MinGW)
# Both import libraries are made from the DLL's own export table, under its shipped name.
windows_sdk() (
    set -euo pipefail
    local triple=$1 cargo_out=$2 sdk=$3 version=$4 static_libs=$5 machine mingw def
    row "$triple"
    # llvm-dlltool's name of the row's format; mingw-w64's dlltool is its linker's sibling.
    case $cross_format in
        coff-x86-64) machine=i386:x86-64 ;;
        coff-i386) machine=i386 ;;
        *) echo "windows-sdk: $triple's format $cross_format is not a Windows one" >&2; exit 1 ;;
    esac
    mingw=${cross_linker%-gcc}
    mkdir -p "$sdk/bin" "$sdk/lib/pkgconfig" "$sdk/lib/cmake/zego_codes"
    "$cross_strip" --strip-all -o "$sdk/bin/zego_codes.dll" "$cargo_out/zego_codes_ffi.dll"
    def=$sdk/../zego_codes.def
    {
        echo "LIBRARY zego_codes.dll"
        echo "EXPORTS"
        llvm-objdump-$LLVM_VERSION -p "$sdk/bin/zego_codes.dll" |
            awk '/^Export Table:/ { t = 1 } t && /^ +[0-9]+ +0x/ { print "    " $3 }'
    } > "$def"
    llvm-dlltool-$LLVM_VERSION -m "$machine" -d "$def" -D zego_codes.dll -l "$sdk/lib/zego_codes.lib"
    # GNU dlltool names the archive's members after the output's path as given: run from the
    # output's folder, so that they do not name the folder the release was built in.
    (cd "$sdk/lib" && "$mingw-dlltool" -d "$def" -D zego_codes.dll -l libzego_codes.dll.a)
    fill_layout "$cross_dir/windows" "$sdk" "$version" "$static_libs"
)

# apple-universal TRIPLE DIST VERSION STATIC_LIBS: the universal macOS archives, from the
# builds of every macOS row (build.sh builds each architecture into its stage, then calls
# this):
#   libzego_codes-VERSION-macos/  lib/libzego_codes.dylib (install name
#       @rpath/libzego_codes.dylib), lib/libzego_codes.a (release/mobile/fat.py, as the
#       XCFramework's), lib/pkgconfig/, lib/cmake/zego_codes/, include/, README.md
#       (release/cross/macos/README.md), LICENSE, BUILDINFO (every architecture's)
#   zego-codes-VERSION-macos/     zego-codes, README.md (cli/README.md and
#       release/cross/macos/command.md), LICENSE, BUILDINFO
# Only the last macOS row's build makes them; the other rows are built again first (cargo's
# cache makes that quick when nothing changed), so they never join an architecture built
# from older source. Prints the folder that holds both archives' folders (build.sh packs
# them), or nothing when TRIPLE is not the last macOS row. Joining never touches a linked
# file's bytes, so each arm64 file keeps the signature zig's linker gave it.
apple_universal() (
    set -euo pipefail
    local triple=$1 dist=$2 version=$3 static_libs=$4
    local rows lipo=llvm-lipo-$LLVM_VERSION others other stages out sdk cli t statics=() slices_dylib slices_cli folder
    row "$triple"
    rows=$(table name="$cross_name" triple)
    [ "$(tail -n 1 <<<"$rows")" = "$triple" ] || exit 0
    mapfile -t others < <(grep -vx "$triple" <<<"$rows")
    for other in "${others[@]}"; do
        "$cross_dir/build.sh" "$other" "$dist" "$version" >&2
    done
    stages=$cross_root/target/cross-stage
    out=$stages/$cross_name
    sdk=libzego_codes-$version-$cross_name cli=zego-codes-$version-$cross_name
    rm -rf "$out" && mkdir -p "$out/$sdk/lib" "$out/$cli"
    slices() { # PATH inside each row's stage: one path a row
        for t in $rows; do echo "$stages/$t/$1"; done
    }
    mapfile -t slices_dylib < <(slices "$sdk/lib/libzego_codes.dylib")
    "$lipo" -create "${slices_dylib[@]}" -output "$out/$sdk/lib/libzego_codes.dylib"
    for t in $rows; do # from cargo's archive: zig cannot read the one llvm-strip wrote from it
        "$cross_root/release/mobile/apple-static.sh" "$(target_env "$t" && echo "$CARGO_TARGET_DIR/$t/ffi")/libzego_codes_ffi.a" "$out/$t.a"
        statics+=("$out/$t.a")
    done
    python3 "$cross_root/release/mobile/fat.py" "$out/$sdk/lib/libzego_codes.a" "${statics[@]}"
    rm -f "${statics[@]}"
    cp -r "$stages/$(head -n 1 <<<"$rows")/$sdk/include" "$out/$sdk/"
    cp "$cross_dir/macos/README.md" "$cross_root/LICENSE" "$out/$sdk/"
    fill_layout "$cross_dir/macos" "$out/$sdk" "$version" "$static_libs"
    mapfile -t slices_cli < <(slices "$cli/zego-codes")
    "$lipo" -create "${slices_cli[@]}" -output "$out/$cli/zego-codes"
    cat "$cross_root/cli/README.md" "$cross_dir/macos/command.md" > "$out/$cli/README.md"
    cp "$cross_root/LICENSE" "$out/$cli/"
    for folder in "$sdk" "$cli"; do
        for t in $rows; do cat "$stages/$t/$folder/BUILDINFO"; echo; done | sed '$d' > "$out/$folder/BUILDINFO"
    done
    echo "$out"
)

# --- Archives ----------------------------------------------------------------------------

# buildinfo TRIPLE RUSTC LINKER: what built a release archive, for its BUILDINFO file: the
# target, the Rust compiler and where its standard library came from, the linker, the source
# commit. Every archive of `make dist` carries one (build.sh).
#   RUSTC   /usr/bin/rustc (Debian's rustc-web) or rustup's rustc
#   LINKER  "zig:ZIG_TARGET" (zig's cc for that target, or for ZEGO_ZIG_TARGET where the build
#           set one, such as macOS's versioned aarch64-macos.11.0) or a C compiler driver (cc,
#           mingw-w64's gcc)
buildinfo() (
    set -euo pipefail
    local triple=$1 rustc=$2 linker=$3
    local std="rustup's toolchain, its prebuilt standard library"
    [ "$rustc" = /usr/bin/rustc ] && std="Debian rustc-web, standard library built from rust-web-src"
    echo "target: $triple"
    echo "rustc: $("$rustc" --version) ($std)"
    case $linker in
        zig:*) echo "linker: zig $("${ZEGO_DIST_PYTHON:-python3}" -m ziglang version) cc -target ${ZEGO_ZIG_TARGET:-${linker#zig:}}" ;;
        *) echo "linker: $linker $("$linker" -dumpfullversion)" ;;
    esac
    # ZEGO_BUILD_SOURCE: the commit a copy of a checkout was made from (tests/repro/linux.sh).
    echo "source: ${ZEGO_BUILD_SOURCE:-$(git -C "$cross_root" rev-parse HEAD 2>/dev/null || echo unknown)}"
)

# source-date-epoch: the one time every release file carries (archive members' times, the
# jars' entries, the wheels' SBOM): SOURCE_DATE_EPOCH where the caller set it (the
# reproducible-builds convention), else the last commit's time, so that two builds of one
# commit agree whenever and wherever they run. Outside a git checkout: 1980-01-01, the
# earliest time a zip holds. The Makefile exports it; a script run on its own asks here.
source_date_epoch() (
    set -euo pipefail
    if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
        echo "$SOURCE_DATE_EPOCH"
    else
        git -C "$cross_root" log -1 --format=%ct 2>/dev/null || echo 315532800
    fi
)

# pack FORMAT BASE OUT NAME...: a release archive that depends only on the files in it: every
# file's time is source-date-epoch's (also the Go module's zip's in mk/go.mk), names are
# sorted bytewise, tar records no owner, gzip no name or time, zip no extra attributes, no
# folder entries and UTC times (a link is stored as the file it names). FORMAT tar.gz or zip;
# each NAME (a file or folder under BASE, or "." for all of BASE's content) is stored under
# its path from BASE. Every archive of `make dist` but the Go module's zip is packed here.
pack() (
    set -euo pipefail
    local mtime format=$1 base=$2 out
    mtime=$(source_date_epoch)
    out=$(realpath -m "$3"); shift 3
    [ $# -gt 0 ] || { echo "pack: no NAME to pack into $out" >&2; exit 2; }
    cd "$base"
    find "$@" -exec touch -h -d "@$mtime" {} +
    rm -f "$out"
    case $format in
        tar.gz) tar --sort=name --owner=0 --group=0 --numeric-owner -cf - "$@" | gzip -n9 > "$out" ;;
        zip) find "$@" ! -type d | sed 's|^\./||' | LC_ALL=C sort | TZ=UTC zip -X -q -D "$out" -@ ;;
        *) echo "pack: no archive format $format (tar.gz or zip)" >&2; exit 2 ;;
    esac
)

# wheel-sbom WHEEL CHECKOUT OUT: a wheel whose CycloneDX SBOM names no folder of the build.
# maturin writes the SBOM of the Rust crates (cargo-cyclonedx) into .dist-info/sboms/. Given
# SOURCE_DATE_EPOCH (build.sh passes it), cargo-cyclonedx makes it reproducible itself: that
# time, and no random serial number. What it still holds is the checkout's absolute path, in
# the bom-ref of every workspace crate ("path+file:///...#name@V"). This copies the wheel with
# that path made "." (as the SBOM's purls already say: file://.), RECORD's line for the SBOM
# given its new hash and size, and every other member's bytes untouched (zip copies them as
# they are). The SBOM and RECORD stay the last members, in maturin's order, with maturin's
# times and modes.
wheel_sbom() (
    set -euo pipefail
    command -v zip >/dev/null || "$cross_root/tools/apt-install.sh" zip
    "${ZEGO_DIST_PYTHON:-python3}" - "$@" <<'PY'
import base64
import calendar
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile


def record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def without_checkout(text: str, roots: list[str]) -> str:
    for root in roots:
        text = text.replace("file://" + root + "/", "file://./").replace("file://" + root + "#", "file://.#")
    for root in roots:
        if root in text:
            sys.exit(f"wheel-sbom: the SBOM still names the checkout {root}")
    if '"serialNumber"' in text:
        sys.exit("wheel-sbom: the SBOM has a serial number: maturin ran without SOURCE_DATE_EPOCH")
    json.loads(text)
    return text


def main() -> None:
    wheel, checkout, out = sys.argv[1], sys.argv[2], sys.argv[3]
    roots = sorted({os.path.abspath(checkout), os.path.realpath(checkout)}, key=len, reverse=True)
    with zipfile.ZipFile(wheel) as z:
        infos = z.infolist()
        sboms = [i for i in infos if re.search(r"\.dist-info/sboms/[^/]+\.cyclonedx\.json$", i.filename)]
        record = infos[-1]
        if not record.filename.endswith(".dist-info/RECORD") or len(sboms) != 1 or infos[-2] != sboms[0]:
            sys.exit(f"wheel-sbom: {wheel} does not end with one CycloneDX SBOM and RECORD")
        sbom = sboms[0]
        new_sbom = without_checkout(z.read(sbom).decode(), roots).encode()
        lines = z.read(record).decode().splitlines(keepends=True)
    prefix = sbom.filename + ","
    hits = [n for n, line in enumerate(lines) if line.startswith(prefix)]
    if len(hits) != 1:
        sys.exit(f"wheel-sbom: RECORD lists {sbom.filename} {len(hits)} times")
    lines[hits[0]] = f"{sbom.filename},{record_hash(new_sbom)},{len(new_sbom)}\n"
    new_record = "".join(lines).encode()

    tmp = tempfile.mkdtemp(prefix="wheel-sbom-")
    try:
        part = out + ".part"
        shutil.copyfile(wheel, part)
        subprocess.run(["zip", "-q", "-d", part, sbom.filename, record.filename], check=True)
        for info, data in ((sbom, new_sbom), (record, new_record)):
            path = os.path.join(tmp, info.filename)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            os.chmod(path, (info.external_attr >> 16) & 0o777)
            mtime = calendar.timegm(info.date_time + (0, 0, -1))
            os.utime(path, (mtime, mtime))
        # zip stores local times: in UTC they are the ones timegm read.
        subprocess.run(["zip", "-X", "-q", os.path.abspath(part), sbom.filename, record.filename],
                       check=True, cwd=tmp, env={**os.environ, "TZ": "UTC"})
        with zipfile.ZipFile(part) as z:
            names = [i.filename for i in z.infolist()]
            if names != [i.filename for i in infos] or z.testzip() is not None:
                sys.exit(f"wheel-sbom: {part} lost the members' order or a member")
        os.replace(part, out)
    finally:
        shutil.rmtree(tmp)


main()
PY
)

# --- Run as a program --------------------------------------------------------------------
# The steps a caller may run (row and target-env set the caller's variables: source them).
cross_steps=" table files tools cross-cargo rustflags-remap windows-rtstartup musl-needed soname dev-files cmake-config-version windows-sdk apple-universal buildinfo source-date-epoch pack wheel-sbom "
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    case $cross_steps in
        *" ${1:-} "*) step=${1//-/_}; shift; "$step" "$@" ;;
        *) echo "usage: release/cross/steps.sh STEP [ARGS...]; STEP one of:$cross_steps" >&2; exit 2 ;;
    esac
fi
