#!/usr/bin/env bash
# The C and C++ fragments of ffi/README.md and ffi/ANDROID.md (the whole programs are
# ffi/tests/consumer's, run by install.sh), each compiled as the body of a main() with
# -Wall -Wextra -Werror -pedantic against the static library and run: `code` is the response
# code the README's C examples use, `response_code` SIGNATURE_EXPIRED, whose std::system_error
# the C++ fragment throws and the harness catches, holding what() to the fragment's
# `// what(): "..."` comment.
# usage: ffi/tests/readme.sh STAGE
set -euo pipefail
stage=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$stage/readme
rm -rf "$out" && mkdir -p "$out"
# shellcheck disable=SC2207 # the file's linker flags split into words
link=("$stage/lib/libzego_codes.a" $(cat "$stage/native-static-libs"))
block() { (cd "$root" && python3 tests/docs/blocks.py "$@"); }
fail() { echo "readme: $*" >&2; exit 1; }

# wrap NAME LANG BODY-FILE PROLOGUE EPILOGUE: the fragment's #include lines first, the rest
# inside main() between PROLOGUE and EPILOGUE.
wrap() {
    local body=$3 prologue=$4 epilogue=$5 src=$out/$1.$2
    {
        echo '#include <stdio.h>'
        echo '#include <stdlib.h>'
        echo '#include <zego_codes.h>'
        grep '^#include' "$body" || true
        echo 'int main(void) {'
        echo "$prologue"
        grep -v '^#include' "$body"
        echo "$epilogue"
        echo '    return 0;'
        echo '}'
    } > "$src"
}

c=(gcc -std=c99 -Wall -Wextra -Werror -pedantic -Wno-unused-variable -I"$root/include")
cxx=(g++ -std=c++11 -Wall -Wextra -Werror -pedantic -Wno-unused-variable -Wno-unused-result -I"$root/include")
runs() { echo "+ $1"; "$1" > "$1.out"; }

# DOC|HEADING|INDEX[|VAR]: with VAR, the fragment's last comment on a line naming VAR shows
# the string VAR ends up holding (quotes dropped; a closing "…" shows how it begins).
n=0
for spec in "ffi/README.md|### The API|1" "ffi/README.md|### The API|2|line" "ffi/ANDROID.md|## CMake (Prefab)|2|text"; do
    IFS='|' read -r doc heading index var <<< "$spec"
    n=$((n + 1))
    block "$doc" "$heading" "$index" > "$out/c$n.body"
    wrap "c$n" c "$out/c$n.body" '    uint32_t code = ZEGO_CODE_AGENT_INSTANCE_NOT_FOUND; (void)code;' \
        "${var:+    printf(\"%s\\n\", $var);}"
    "${c[@]}" "$out/c$n.c" "${link[@]}" -o "$out/c$n" || fail "$doc: block $index under $heading does not compile"
    runs "$out/c$n" || fail "$doc: block $index under $heading fails"
    [ -n "$var" ] || continue
    shown=$(grep -E "\\<$var\\>.*/\\*" "$out/c$n.body" | tail -n 1 | sed 's|.*/\* *||; s| *\*/.*||; s|^"\(.*\)"$|\1|')
    [ -n "$shown" ] || fail "$doc: block $index under $heading shows no value of $var"
    actual=$(cat "$out/c$n.out")
    case $shown in
        *…) [[ $actual == "${shown%…}"* ]] ;;
        *) [ "$actual" = "$shown" ] ;;
    esac || fail "$doc: block $index under $heading shows $var as \"$shown\"; it is \"$actual\""
done

block ffi/README.md '## Use it from C++' 1 > "$out/cpp.body"
shown=$(sed -n 's|^// what(): "\(.*\)"$|\1|p' "$out/cpp.body")
[ -n "$shown" ] || fail "ffi/README.md's C++ fragment shows no what()"
wrap cpp cpp "$out/cpp.body" \
    '    uint32_t response_code = static_cast<uint32_t>(zego::code::signature_expired);
    try {' \
    '    } catch (const std::system_error &e) { std::printf("%s\n", e.what()); return 0; }
    return 1;'
"${cxx[@]}" "$out/cpp.cpp" "${link[@]}" -o "$out/cpp" || fail "ffi/README.md's C++ fragment does not compile"
runs "$out/cpp" || fail "ffi/README.md's C++ fragment does not throw"
[ "$(cat "$out/cpp.out")" = "$shown" ] ||
    fail "ffi/README.md's C++ fragment shows what() as \"$shown\"; it is \"$(cat "$out/cpp.out")\""
echo "readme: $n C fragments and the C++ one compiled and ran, the values and what() as the README shows them"
