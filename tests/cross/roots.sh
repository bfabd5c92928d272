#!/usr/bin/env bash
# The roots the cross targets' files are tested in, each a function: the Debian 11 roots of
# the qemu runners (debian11_root), the Debian 12 i386 root of the wine32 runner
# (wine32_root) and the program that runs in it (wine32_run), a venv of a foreign root's
# CPython 3.9 (venv), and the Python suite's tools for that CPython (py39_wheels). Each root is
# made once and cached under target/; an existing one costs nothing.
# Sourced (tests/cross/test.sh), it defines the functions and runs nothing; run, it runs one,
# named as below (tests/dist/debian11.sh, mk/dist.mk). Each function runs in a subshell of its
# own, as the script it was, so its cd, variables and exit stay in it.
# usage: tests/cross/roots.sh all TRIPLE...            every root of these targets (all_roots)
#        tests/cross/roots.sh debian11-root QEMU       prints the root's path
#        tests/cross/roots.sh wine32-root              prints the root's path
#        tests/cross/roots.sh wine32-run ROOTFS DIR PROGRAM [ARGS...]
#        tests/cross/roots.sh venv ROOTFS VENV WHEEL...
#        tests/cross/roots.sh py39-wheels PYTHON       prints the wheels' folder
#        . tests/cross/roots.sh                        from bash: defines the functions only
set -euo pipefail
# A function called as $(...) stops at its first failure, as the script it was did: bash
# would otherwise run a command substitution without -e.
shopt -s inherit_errexit

# A Debian 11 "bullseye" root of a foreign architecture (arm64, armhf), for running that
# architecture's artifacts through qemu-user (`qemu-aarch64 -L ROOT`): glibc 2.31 and
# CPython 3.9, as on the x86_64 root of tests/dist/debian11.sh. Without binfmt_misc nothing
# can run the root's programs, so debootstrap only downloads (--foreign) and every package is
# unpacked with dpkg-deb -x; no maintainer script runs. Made once, cached under
# target/roots/debian11-ARCH, made again when the suite or the package list changes.
# Beside python3.9 it writes usr/bin/python3.9-qemu, a python that runs itself through qemu:
# sys.executable names it, so the suite's subprocesses of sys.executable run too; copied into
# a venv (venv) it runs that venv.
# QEMU: qemu-aarch64 or qemu-arm, a runner of release/cross/targets.tsv; the root is of its
# Debian architecture. Prints the root's path.
debian11_root() ( # QEMU
    qemu=$1
    case $qemu in
        qemu-aarch64) arch=arm64 ;;
        qemu-arm) arch=armhf ;;
        *) echo "debian11-root: no Debian 11 architecture for runner $qemu" >&2; exit 1 ;;
    esac
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    rootfs=$root/target/roots/debian11-$arch
    suite=bullseye
    mirror=${DEBIAN11_MIRROR:-http://deb.debian.org/debian}
    packages=python3.9,python3-minimal,libpython3.9-stdlib
    want="$suite $arch $packages"

    if [ "$(cat "$rootfs/.stamp" 2>/dev/null)" != "$want" ]; then
        missing=()
        command -v debootstrap >/dev/null || missing+=(debootstrap)
        command -v "$qemu" >/dev/null || missing+=(qemu-user)
        [ ${#missing[@]} -eq 0 ] || "$root/tools/apt-install.sh" "${missing[@]}" >&2
        rm -rf "$rootfs" "$rootfs.new"
        mkdir -p "$(dirname "$rootfs")"
        echo "debian11-$arch: debootstrap --foreign $suite into $rootfs (once; cached)" >&2
        start=$SECONDS
        debootstrap --arch="$arch" --foreign --variant=minbase --include="$packages" \
            "$suite" "$rootfs.new" "$mirror" > "$rootfs.log" 2>&1 || { tail -n 30 "$rootfs.log" >&2; exit 1; }
        for deb in "$rootfs.new"/var/cache/apt/archives/*.deb; do dpkg-deb -x "$deb" "$rootfs.new"; done
        rm -f "$rootfs.new"/var/cache/apt/archives/*.deb
        mv "$rootfs.new" "$rootfs"
        echo "$want" > "$rootfs/.stamp"
        echo "debian11-$arch: root made in $((SECONDS - start)) s" >&2
    fi
    # The root's own path is written in, so the launcher is written on every call: a root cached
    # in another checkout's target/ and copied here still runs.
    # Written whole, then renamed: tests of two targets may call this at once. The temporary
    # file is named by this subshell's process ($$ is the calling script's), expanded here, not
    # in the redirection, which cat's own process would expand.
    launcher=$rootfs/usr/bin/python3.9-qemu
    new=$launcher.$BASHPID
    cat > "$new" <<SH
#!/bin/sh
# CPython 3.9 of $rootfs through $qemu. argv[0] is this file (or a copy of it in a venv,
# whose pyvenv.cfg names this root's usr/bin as home), so sys.executable is too.
exec $(command -v "$qemu") -L $rootfs -0 "\$0" $rootfs/usr/bin/python3.9 "\$@"
SH
    chmod +x "$new"
    mv -f "$new" "$launcher"
    echo "$rootfs"
)

# A Debian 12 i386 root holding Debian's 32-bit wine (wine32), for running x86 Windows
# programs here: installing wine32 on the host itself needs i386 multiarch, which upgrades
# the host's own packages to match. Made once with debootstrap --foreign (every package
# unpacked with dpkg-deb -x, no maintainer script runs), cached under
# target/roots/debian12-i386-wine32, made again when the suite or the package list changes.
# wine32_run runs a program in it. Prints the root's path.
wine32_root() (
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    rootfs=$root/target/roots/debian12-i386-wine32
    suite=bookworm
    mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
    packages=wine32
    want="$suite i386 $packages"

    if [ "$(cat "$rootfs/.stamp" 2>/dev/null)" != "$want" ]; then
        command -v debootstrap >/dev/null || "$root/tools/apt-install.sh" debootstrap >&2
        rm -rf "$rootfs" "$rootfs.new"
        mkdir -p "$(dirname "$rootfs")"
        echo "wine32: debootstrap --foreign $suite i386 into $rootfs (once; cached)" >&2
        start=$SECONDS
        debootstrap --arch=i386 --foreign --variant=minbase --include="$packages" \
            "$suite" "$rootfs.new" "$mirror" > "$rootfs.log" 2>&1 || { tail -n 30 "$rootfs.log" >&2; exit 1; }
        for deb in "$rootfs.new"/var/cache/apt/archives/*.deb; do dpkg-deb -x "$deb" "$rootfs.new"; done
        rm -f "$rootfs.new"/var/cache/apt/archives/*.deb
        # What libwine's maintainer script does: zlib1.dll (from libz-mingw-w64), marked as a
        # wine builtin DLL, among wine's own; user32.dll needs it.
        in=$rootfs.new/usr/i686-w64-mingw32/lib/zlib1.dll
        { head -c 64 "$in"; printf 'Wine builtin DLL'; head -c 16 /dev/zero; tail -c +97 "$in"; } \
            > "$rootfs.new/usr/lib/i386-linux-gnu/wine/i386-windows/zlib1.dll"
        mv "$rootfs.new" "$rootfs"
        echo "$want" > "$rootfs/.stamp"
        echo "wine32: root made in $((SECONDS - start)) s" >&2
    fi
    echo "$rootfs"
)

# Runs a 32-bit Windows program under the wine32 of wine32_root: chrooted into that root, in a
# mount namespace of its own (so its mounts vanish with it), where /proc is mounted and DIR,
# the folder holding the program and its files, appears at its own path. Paths given to the
# program are Windows paths of the same files (Z: is /). The wine prefix lives inside the
# root, made on the first run. Needs root (or sudo, through which this file runs itself again).
# tests/cross/test.sh runs it as a program (`roots.sh wine32-run`), a runner its launchers exec.
wine32_run() ( # ROOTFS DIR PROGRAM [ARGS...]
    [ "$(id -u)" = 0 ] || exec sudo -n "${BASH_SOURCE[0]}" wine32-run "$@"
    rootfs=$1 dir=$2; shift 2
    mkdir -p "$rootfs$dir"
    # shellcheck disable=SC2016 # the inner shell expands its own arguments
    exec unshare -m sh -c 'mount -t proc proc "$1/proc" && mount --bind "$2" "$1$2" && shift 2 && exec chroot "$0" "$@"' \
        "$rootfs" "$rootfs" "$dir" env -i PATH=/usr/bin:/bin HOME=/root LANG="${LANG:-C.UTF-8}" \
        WINEPREFIX=/var/lib/wine32-prefix WINEDEBUG=-all WINESERVER=/usr/lib/wine/wineserver32 \
        /usr/lib/wine/wine "$@"
)

# A venv of a foreign root's CPython 3.9 (debian11_root) without running pip there:
# pyvenv.cfg names the root's python as home, bin/python is the root's qemu launcher, and each
# wheel is unpacked into its site-packages, as pip would install a pure or abi3 wheel.
venv() ( # ROOTFS VENV WHEEL...
    rootfs=$1 venv=$2; shift 2
    site=$venv/lib/python3.9/site-packages
    rm -rf "$venv" && mkdir -p "$venv/bin" "$site"
    printf 'home = %s\ninclude-system-site-packages = false\nversion = 3.9\n' "$rootfs/usr/bin" > "$venv/pyvenv.cfg"
    cp "$rootfs/usr/bin/python3.9-qemu" "$venv/bin/python"
    for wheel in "$@"; do python3 -m zipfile -e "$wheel" "$site"; done
)

# The Python suite's tools for CPython 3.9 (tests/dist/requirements-py39.txt), downloaded once
# into target/roots/py39 and again only when their pins change; prints the folder.
py39_wheels() ( # PYTHON
    python=$1
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    pins=$root/tests/dist/requirements-py39.txt
    wheels=$root/target/roots/py39
    if ! cmp -s "$pins" "$wheels/requirements-py39.txt"; then
        rm -rf "$wheels" "$wheels.new"
        "$python" -m pip download --quiet --disable-pip-version-check --python-version 3.9 \
            --only-binary=:all: --no-deps -r "$pins" -d "$wheels.new" >&2
        cp "$pins" "$wheels.new/"
        mv "$wheels.new" "$wheels"
    fi
    echo "$wheels"
)

# Makes every root the given cross targets' files are tested in (their runners' roots), the
# x86_64 Debian 11 root of tests/dist/debian11.sh and the Python suite's tools for the roots'
# CPython 3.9. Making them is mostly downloading, so `make test` runs this beside the cross
# builds (mk/dist.mk, `roots.sh all`), and the tests, two targets at a time, find them made.
# PYTHON: ZEGO_DIST_PYTHON, or python3.
all_roots() ( # TRIPLE...
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    runner_of() { # TRIPLE: its row's runner
        # shellcheck source=release/cross/steps.sh
        . "$root/release/cross/steps.sh" && row "$1" && echo "$cross_runner"
    }
    runners=$(for triple in "$@"; do (runner_of "$triple"); done | sort -u)
    for runner in $runners; do
        case $runner in
            qemu-*) debian11_root "$runner" > /dev/null ;;
            wine32) wine32_root > /dev/null ;;
        esac
    done
    "$root/tests/dist/debian11.sh" --root
    py39_wheels "${ZEGO_DIST_PYTHON:-python3}" > /dev/null
)

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    command=${1:-}
    case $command in
        all) shift; all_roots "$@" ;;
        debian11-root|wine32-root|wine32-run|venv|py39-wheels) shift; "${command//-/_}" "$@" ;;
        *) awk '/^# usage:/ { u = 1 } u && !/^#/ { exit } u { print substr($0, 3) }' "$0" >&2; exit 2 ;;
    esac
fi
