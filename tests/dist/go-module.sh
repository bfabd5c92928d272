#!/usr/bin/env bash
# The Go module's zip as a user's dependency: unpacked outside the repository, required by a
# fresh module through a `replace` directive, built with no module proxy (the module needs
# only the standard library) and run: the program checks a failed response, looks up a code,
# and does both in another product. The complete example of go/README.md (its go block that is
# a whole file, `package agent`) builds in that module too.
# usage: tests/dist/go-module.sh ZIP MODULE_PATH
set -euo pipefail
zip=$(realpath "$1") module=$2
here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath -m "$here/../../target/dist-test/go")
rm -rf "$out" && mkdir -p "$out/src" "$out/app"
python3 -m zipfile -e "$zip" "$out/src"
dep=$(ls -d "$out"/src/*/)
# shellcheck disable=SC2015 # fails when either test is false, as meant
[ -f "$dep/go.mod" ] && [ -f "$dep/LICENSE" ] || { echo "dist: the Go zip lacks go.mod or LICENSE" >&2; exit 1; }
! compgen -G "$dep*_test.go" > /dev/null || { echo "dist: the Go zip carries tests" >&2; exit 1; }

cat > "$out/app/go.mod" <<MOD
module example.com/app

go 1.19

require $module v0.0.0

replace $module => $dep
MOD
cat > "$out/app/main.go" <<GO
package main

import (
	"errors"
	"fmt"

	"$module"
)

func main() {
	err := zegocodes.Check(410001002, "", "req-1")
	var zerr *zegocodes.Error
	fmt.Println(errors.As(err, &zerr), errors.Is(err, zegocodes.ErrNotFound), zerr.Code.Name())
	fmt.Println(zegocodes.AgentInstanceNotFound.Message(zegocodes.En) != "", zegocodes.Check(0, "", "") == nil)
	asr, _ := zegocodes.ProductFromID("asr")
	err = zegocodes.CheckProduct(asr, 410001002, "", "req-2")
	fmt.Println(errors.As(err, &zerr), zerr.Product, zerr.ProductCode() == zegocodes.Asr_ASRTaskNotFound, zegocodes.ProductRtc.Code(41003).Ambiguous())
}
GO
mkdir -p "$out/app/agent"
awk '/^```go$/ { start = 1; next } start { on = ($0 == "package agent"); start = 0 } /^```$/ { on = 0 } on' "$here/../../go/README.md" > "$out/app/agent/agent.go"
grep -q '^package agent$' "$out/app/agent/agent.go" || { echo "dist: go/README.md has no go block of package agent" >&2; exit 1; }
(cd "$out/app" && GOFLAGS=-mod=mod GOPROXY=off go vet ./...)
got=$(cd "$out/app" && GOFLAGS=-mod=mod GOPROXY=off go run .)
want=$'true true AGENT_INSTANCE_NOT_FOUND\ntrue true\ntrue asr true true'
[ "$got" = "$want" ] || { echo "dist: the Go module as a dependency printed:"; echo "$got"; exit 1; } >&2
echo "dist: the Go zip builds and runs as a dependency of a fresh module"
