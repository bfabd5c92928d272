package zegocodes

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// errorMap is each guidance's sentinel name, as the map of every language's error classes
// gives it (../tests/error-classes.tsv, which `cargo xtask gen` writes from
// xtask/src/gen/exceptions/mod.rs), by its header's column "go".
func errorMap(t *testing.T) map[string]string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("..", "tests", "error-classes.tsv"))
	if err != nil {
		t.Fatalf("the map of error classes: %v", err)
	}
	m, column := map[string]string{}, -1
	var header []string
	for _, line := range strings.Split(strings.TrimSpace(string(text)), "\n") {
		if names := strings.TrimPrefix(line, "# "); strings.HasPrefix(names, "guidance\t") {
			header = strings.Split(names, "\t")
			for i, name := range header {
				if name == "go" {
					column = i
				}
			}
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		if column < 0 || len(cells) != len(header) {
			t.Fatalf("the map of error classes: line %q under the header %q", line, header)
		}
		m[cells[0]] = cells[column]
	}
	return m
}

// declaredSentinels reads the package's sources: each package-level variable declared as
// &guidanceError{C}, by name, to the guidance of the constant C.
func declaredSentinels(t *testing.T) map[string]Guidance {
	t.Helper()
	pkgs, err := parser.ParseDir(token.NewFileSet(), ".", func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	constants, sentinelOf := map[string]string{}, map[string]string{}
	for _, pkg := range pkgs {
		ast.Inspect(pkg, func(n ast.Node) bool {
			spec, ok := n.(*ast.ValueSpec)
			if !ok || len(spec.Names) != 1 || len(spec.Values) != 1 {
				return true
			}
			name := spec.Names[0].Name
			switch v := spec.Values[0].(type) {
			case *ast.BasicLit:
				constants[name] = v.Value
			case *ast.UnaryExpr:
				lit, ok := v.X.(*ast.CompositeLit)
				if typ, isIdent := lit.Type.(*ast.Ident); ok && isIdent && typ.Name == "guidanceError" && len(lit.Elts) == 1 {
					if c, isIdent := lit.Elts[0].(*ast.Ident); isIdent {
						sentinelOf[name] = c.Name
					}
				}
			}
			return true
		})
	}
	out := map[string]Guidance{}
	for name, c := range sentinelOf {
		value, err := strconv.Atoi(constants[c])
		if err != nil {
			t.Fatalf("sentinel %s: %s is no Guidance constant: %v", name, c, err)
		}
		out[name] = Guidance(value)
	}
	return out
}

// The map names each guidance's sentinel: the package declares it for that guidance, and
// CheckProduct's error for a code of that guidance, in every product of the oracle, matches
// it and names its product.
func TestErrorMap(t *testing.T) {
	m, declared := errorMap(t), declaredSentinels(t)
	if len(m) != len(sentinels) {
		t.Errorf("the map has %d guidance, the package %d", len(m), len(sentinels))
	}
	byName := map[string]Guidance{}
	for g := range sentinels {
		byName[Guidance(g).String()] = Guidance(g)
	}
	for guidance, name := range m {
		g, ok := byName[guidance]
		if !ok {
			t.Fatalf("the map's guidance %q is not a Guidance", guidance)
		}
		if d, ok := declared[name]; !ok || d != g {
			t.Errorf("the map's sentinel %s of %s: the package declares it for %v (declared: %v)", name, guidance, d, ok)
		}
	}

	// guidance -> product -> a code of the product with that guidance: the first the oracle
	// lists that one section alone defines; for unknown, a code past the product's last.
	samples, last := map[string]map[string]uint32{}, map[string]uint32{}
	for guidance := range m {
		samples[guidance] = map[string]uint32{}
	}
	for _, r := range oracle(t) {
		if r.Kind != "return" {
			continue
		}
		if r.Code > last[r.Product] {
			last[r.Product] = r.Code
		}
		if _, seen := samples[r.Guidance][r.Product]; r.Code != 0 && !r.Ambiguous && !seen {
			samples[r.Guidance][r.Product] = r.Code
		}
	}
	for p, code := range last {
		samples[GuidanceUnknown.String()][p] = code + 1
	}

	var checked, untested []string
	for guidance, name := range m {
		g := byName[guidance]
		if len(samples[guidance]) == 0 {
			// No non-zero code of any product has it: Check cannot return it.
			untested = append(untested, guidance)
			continue
		}
		checked = append(checked, guidance)
		for id, code := range samples[guidance] {
			p, _ := ProductFromID(id)
			err := CheckProduct(p, code, "", "req-map")
			var z *Error
			if !errors.As(err, &z) || z.Product != p || z.Guidance() != g {
				t.Errorf("CheckProduct(%s, %d) (%s) = %#v", id, code, guidance, err)
				continue
			}
			for other, s := range sentinels {
				if errors.Is(err, s) != (Guidance(other) == g) {
					t.Errorf("CheckProduct(%s, %d): errors.Is(err, sentinel of %s) wrong; the map's is %s", id, code, Guidance(other), name)
				}
			}
			if p != ProductAiAgent && !strings.HasPrefix(err.Error(), "zegocodes: "+id+" "+strconv.FormatUint(uint64(code), 10)) {
				t.Errorf("CheckProduct(%s, %d).Error() = %q names no product", id, code, err)
			}
		}
	}
	sort.Strings(untested)
	t.Logf("guidance no non-zero return code has, not returned: %v", untested)
	if len(samples[GuidanceUnknown.String()]) == 0 || len(checked) == 0 {
		t.Error("no unknown code went through CheckProduct")
	}
}
