package zegocodes

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"
)

// README.md's product example is the body of ExampleProductCode, whose output go test checks:
// the README shows code that runs and prints what its example says.
func TestReadmeProductExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "## Every ZEGO server product")
	_, rest, ok2 := strings.Cut(rest, "```go\n")
	block, _, ok3 := strings.Cut(rest, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("README.md has no go block under \"## Every ZEGO server product\"")
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "example_test.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var body string
	for _, decl := range file.Decls {
		if fn, ok := decl.(*ast.FuncDecl); ok && fn.Name.Name == "ExampleProductCode" {
			src, err := os.ReadFile("example_test.go")
			if err != nil {
				t.Fatal(err)
			}
			// The statements, without the braces, the tab indent and the Output comment.
			inner := string(src[fset.Position(fn.Body.Lbrace).Offset+1 : fset.Position(fn.Body.Rbrace).Offset])
			inner, _, _ = strings.Cut(inner, "\t// Output:")
			var lines []string
			for _, line := range strings.Split(strings.Trim(inner, "\n"), "\n") {
				lines = append(lines, strings.TrimPrefix(line, "\t"))
			}
			body = strings.Join(lines, "\n") + "\n"
		}
	}
	if body == "" {
		t.Fatal("example_test.go has no ExampleProductCode")
	}
	if block != body {
		t.Errorf("README.md's product example differs from ExampleProductCode:\nREADME:\n%s\nexample:\n%s", block, body)
	}
}
