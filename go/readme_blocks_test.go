package zegocodes

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// README.md's "Look up a code" and "Checking responses" blocks, built against this module in a
// module of their own (a replace directive, as the README's install does) and, for the first,
// run. Its lines are expressions, which Go does not take as statements: each becomes an
// argument of a function; one whose comment starts with values (Go literals or zegocodes
// constants, then the end, `:`, `,` or a blank) is compared with them as %v prints both.

const goValue = `"(?:[^"\\]|\\.)*"|true|false|nil|-?\d+|zegocodes\.\w+`

var goClaim = regexp.MustCompile(`^((?:` + goValue + `)(?:, (?:` + goValue + `))*)(?:$|[:,\s])`)

// readmeBlock is the index-th go block under the heading of README.md.
func readmeBlock(t *testing.T, heading string, index int) string {
	t.Helper()
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n"+heading+"\n")
	if !ok {
		t.Fatalf("README.md has no %q", heading)
	}
	if next := strings.Index(section, "\n## "); next >= 0 {
		section = section[:next]
	}
	parts := strings.Split(section, "```go\n")
	if len(parts) <= index {
		t.Fatalf("README.md has no go block %d under %q", index, heading)
	}
	block, _, _ := strings.Cut(parts[index], "```")
	return block
}

// claimOf is the values a comment shows, or "" for prose.
func claimOf(comment string) string {
	m := goClaim.FindStringSubmatch(comment)
	if m == nil {
		return ""
	}
	return m[1]
}

// statementsProgram is the block as a main package: its imports, then each line in main, an
// expression through shown (with its claim) or used.
func statementsProgram(block string) (program string, claims int) {
	var imports, body []string
	for i, line := range strings.Split(block, "\n") {
		code, comment, _ := strings.Cut(line, "// ")
		code = strings.TrimSpace(code)
		switch {
		case strings.HasPrefix(code, "import "):
			imports = append(imports, code)
		case code == "" || strings.Contains(code, ":=") || strings.HasPrefix(code, "}") || strings.HasSuffix(code, "{"):
			body = append(body, line)
		default:
			where := strconv.Quote(fmt.Sprintf("README.md line %d of the block: %s", i+1, strings.TrimSpace(line)))
			if claim := claimOf(strings.TrimSpace(comment)); claim != "" {
				body = append(body, fmt.Sprintf("shown(%s, []interface{}{%s}, %s)", where, claim, code))
				claims++
			} else {
				body = append(body, fmt.Sprintf("used(%s)", code))
			}
		}
	}
	return "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n" + strings.Join(imports, "\n") + `

func used(...interface{}) {}

func shown(where string, want []interface{}, got ...interface{}) {
	for i := range want {
		if len(want) != len(got) || fmt.Sprint(want[i]) != fmt.Sprint(got[i]) {
			fmt.Printf("%s: is %v\n", where, got)
			os.Exit(1)
		}
	}
}

func main() {
` + strings.Join(body, "\n") + "\n}\n", claims
}

// goIn runs the go command on a main package of one file, in a module whose go.mod replaces
// this module with this folder.
func goIn(t *testing.T, file, source string, args ...string) (string, error) {
	t.Helper()
	here, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mod := "module readme\n\ngo 1.19\n\nrequire github.com/zego-codes/zegocodes v0.0.0\n\nreplace github.com/zego-codes/zegocodes => " + here + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, file), []byte(source), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func TestReadmeClaimReader(t *testing.T) {
	for comment, want := range map[string]string{
		`"AI agent": x`:                            `"AI agent"`,
		`true: one constant per code`:              `true`,
		`"a", "" (or the page revision)`:           `"a", ""`,
		`zegocodes.CategoryBusiness`:               `zegocodes.CategoryBusiness`,
		`Data.Code of an "Exception" callback`:     ``,
		`event constants carry the prefix Event`:   ``,
		`false: unknown codes get generic texts`:   `false`,
		`"AGENT_INSTANCE_NOT_FOUND" (the name...)`: `"AGENT_INSTANCE_NOT_FOUND"`,
	} {
		if got := claimOf(comment); got != want {
			t.Errorf("claimOf(%q) = %q, want %q", comment, got, want)
		}
	}
}

func TestReadmeWrongClaimFails(t *testing.T) {
	program, _ := statementsProgram("import \"github.com/zego-codes/zegocodes\"\n\nzegocodes.Code(0).Known() // false\n")
	if !strings.Contains(program, "shown(") {
		t.Fatalf("no claim read:\n%s", program)
	}
	if out, err := goIn(t, "main.go", program, "run", "."); err == nil || !strings.Contains(out, "is [true]") {
		t.Errorf("a wrong claim passed: %v\n%s", err, out)
	}
}

func TestReadmeLookUpACode(t *testing.T) {
	program, claims := statementsProgram(readmeBlock(t, "## Look up a code", 1))
	if claims == 0 {
		t.Fatal("README.md's lookup block shows no value")
	}
	if out, err := goIn(t, "main.go", program, "run", "."); err != nil {
		t.Fatalf("README.md's lookup block: %v\n%s\n%s", err, out, program)
	}
}

func TestReadmeCheckingResponses(t *testing.T) {
	block := readmeBlock(t, "## Checking responses", 1)
	if out, err := goIn(t, "agent.go", block, "vet", "."); err != nil {
		t.Fatalf("README.md's agent package: %v\n%s", err, out)
	}
}
