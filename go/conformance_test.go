package zegocodes

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
)

// lookup is what Code and EventCode both answer.
type lookup interface {
	Message(Lang) string
	Suggestion(Lang) string
	Name() string
	Guidance() Guidance
	Retryable() bool
	Since() string
	Withdrawn() string
	Known() bool
	String() string
}

// of returns the lookup of a code record and its category's value.
func of(t testing.TB, r record) (lookup, uint8) {
	code := r.uint(t, 1)
	if r[0] == "R" {
		return Code(code), uint8(Code(code).Category())
	}
	return EventCode(code), uint8(EventCode(code).Category())
}

// answers compares every answer for one record; it returns a description of the first
// difference, or "".
func answers(t testing.TB, r record) string {
	c, category := of(t, r)
	want := func(what, got, want string) string {
		if got != want {
			return r[0] + " " + r[1] + " " + what + ": got " + strconv.Quote(got) + ", want " + strconv.Quote(want)
		}
		return ""
	}
	wantName := r[3]
	wantString := wantName
	if !r.flag(2) {
		wantString = r[1]
	}
	for _, d := range []string{
		want("known", strconv.FormatBool(c.Known()), strconv.FormatBool(r.flag(2))),
		want("name", c.Name(), wantName),
		want("String", c.String(), wantString),
		want("message zh", c.Message(Zh), r[4]),
		want("suggestion zh", c.Suggestion(Zh), r[5]),
		want("message en", c.Message(En), r[6]),
		want("suggestion en", c.Suggestion(En), r[7]),
		want("withdrawn", c.Withdrawn(), r[8]),
		want("category", strconv.Itoa(int(category)), r[9]),
		want("guidance", strconv.Itoa(int(c.Guidance())), r[10]),
		want("retryable", strconv.FormatBool(c.Retryable()), strconv.FormatBool(r.flag(11))),
	} {
		if d != "" {
			return d
		}
	}
	if r[0] == "R" {
		err := Check(r.uint(t, 1), "", "")
		if (err == nil) != r.flag(12) {
			return "R " + r[1] + ": Check returned " + strconv.Quote(errString(err)) + " but success is " + r[12]
		}
	}
	if !c.Known() && c.Since() != "" {
		return r[0] + " " + r[1] + ": unknown code with since " + c.Since()
	}
	return ""
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func TestEveryCodeAnswersAsTheCore(t *testing.T) {
	e := load(t)
	if len(e.codes) == 0 {
		t.Fatal("the expectations hold no codes")
	}
	for _, r := range e.codes {
		if d := answers(t, r); d != "" {
			t.Error(d)
		}
	}
}

func TestSince(t *testing.T) {
	for _, r := range load(t).since {
		var c lookup = Code(r.uint(t, 2))
		if r[1] == "E" {
			c = EventCode(r.uint(t, 2))
		}
		if c.Since() != r[3] {
			t.Errorf("%s %s since: got %q, want %q", r[1], r[2], c.Since(), r[3])
		}
	}
}

func TestGuidance(t *testing.T) {
	e := load(t)
	if len(e.guidance) != len(guidanceData) {
		t.Fatalf("%d guidances, the core has %d", len(guidanceData), len(e.guidance))
	}
	for _, r := range e.guidance {
		g := Guidance(r.uint(t, 1))
		if g.String() != r[2] || g.Retryable() != r.flag(3) || g.Summary(Zh) != r[4] || g.Summary(En) != r[5] {
			t.Errorf("guidance %s: got %q %v %q %q, want %q", r[1], g, g.Retryable(), g.Summary(Zh), g.Summary(En), r[2:])
		}
	}
}

func TestCategories(t *testing.T) {
	for _, r := range load(t).category {
		value := uint8(r.uint(t, 1))
		got := Category(value).String()
		if r[0] == "K" {
			got = EventCategory(value).String()
		}
		if got != r[2] {
			t.Errorf("%s %s: got %q, want %q", r[0], r[1], got, r[2])
		}
	}
}

func TestByName(t *testing.T) {
	for _, r := range load(t).codes {
		if !r.flag(2) {
			continue
		}
		want := r.uint(t, 1)
		var got uint32
		var ok bool
		if r[0] == "R" {
			c, found := CodeByName(r[3])
			got, ok = uint32(c), found
		} else {
			c, found := EventCodeByName(r[3])
			got, ok = uint32(c), found
		}
		if !ok || got != want {
			t.Errorf("%s by name %q: got %d %v, want %d", r[0], r[3], got, ok, want)
		}
		if _, ok := CodeByName(strings.ToLower(r[3])); ok {
			t.Errorf("CodeByName matched %q, a name in the wrong case", strings.ToLower(r[3]))
		}
	}
	for _, name := range []string{"", "NOT_A_CODE", " SUCCESS"} {
		if c, ok := CodeByName(name); ok || c != 0 {
			t.Errorf("CodeByName(%q) = %d, %v", name, c, ok)
		}
		if c, ok := EventCodeByName(name); ok || c != 0 {
			t.Errorf("EventCodeByName(%q) = %d, %v", name, c, ok)
		}
	}
}

// Every known code has exactly one exported constant of its type, named from its catalog
// name in Go style (event codes with the prefix Event).
func TestConstants(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "zz_generated_codes.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	constants := map[string]map[uint32][]string{"Code": {}, "EventCode": {}}
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			v := spec.(*ast.ValueSpec)
			typ, ok := v.Type.(*ast.Ident)
			if !ok || constants[typ.Name] == nil {
				continue
			}
			lit := v.Values[0].(*ast.BasicLit)
			n, err := strconv.ParseUint(lit.Value, 10, 32)
			if err != nil {
				t.Fatal(err)
			}
			constants[typ.Name][uint32(n)] = append(constants[typ.Name][uint32(n)], v.Names[0].Name)
		}
	}
	fold := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", "")) }
	known := map[string]int{}
	for _, r := range load(t).codes {
		if !r.flag(2) {
			continue
		}
		typ, prefix := "Code", ""
		if r[0] == "E" {
			typ, prefix = "EventCode", "Event"
		}
		known[typ]++
		names := constants[typ][r.uint(t, 1)]
		if len(names) != 1 || !ast.IsExported(names[0]) || fold(names[0]) != fold(prefix+r[3]) {
			t.Errorf("%s %s (%s): constants %v", typ, r[1], r[3], names)
		}
	}
	for typ, n := range known {
		if len(constants[typ]) != n {
			t.Errorf("%d constants of type %s, %d known codes", len(constants[typ]), typ, n)
		}
	}
}

// Values outside the enums never index out of range; they read as documented.
func TestEdgeValues(t *testing.T) {
	if Lang(7).String() != "Lang(7)" || Zh.String() != "zh" || En.String() != "en" {
		t.Errorf("Lang strings: %q %q %q", Lang(7), Zh, En)
	}
	for _, c := range []Code{0, 1, 1<<31 - 1, 1 << 31, 1<<32 - 1} {
		if c.Message(Lang(200)) != c.Message(Zh) || c.Suggestion(Lang(2)) != c.Suggestion(Zh) {
			t.Errorf("code %d: a Lang other than En does not read as Zh", c)
		}
	}
	if Guidance(200).String() != "Guidance(200)" || Guidance(200).Retryable() ||
		Guidance(200).Summary(En) != GuidanceUnknown.Summary(En) {
		t.Errorf("Guidance(200): %q %v %q", Guidance(200), Guidance(200).Retryable(), Guidance(200).Summary(En))
	}
	if Category(99).String() != "Category(99)" || EventCategory(99).String() != "EventCategory(99)" {
		t.Errorf("category strings: %q %q", Category(99), EventCategory(99))
	}
	if got := Code(1<<32 - 1).String(); got != "4294967295" {
		t.Errorf("Code(max).String() = %q", got)
	}
}
