# shellcheck shell=bash
# Sourced: cargo's arguments for the C library of any cross or mobile target
# (release/cross/build.sh, release/mobile/lib.sh), one list so that both share cargo's cache.
# The library is no_std: core only, its memcpy from compiler-builtins where no libc has one.
# compiler_builtins gets one codegen unit per function, as the standard library's own profile
# gives it (lost under -Zbuild-std, which applies this workspace's codegen-units = 1): a linker
# then takes only the functions a program calls. windows-gnu objects keep all their code in
# one .text section (rustc turns function sections off there), so in one object all of it
# stayed in the DLL despite --gc-sections (lgamma, float helpers: 43 KB).
# shellcheck disable=SC2034,SC2054 # used by the scripts that source this file; the commas belong to the options
core_std=(-Zbuild-std=core,panic_abort -Zbuild-std-features=compiler-builtins-mem
    --config profile.ffi.package.compiler_builtins.codegen-units=10000)
