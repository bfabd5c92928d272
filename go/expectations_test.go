package zegocodes

import (
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// The core's printed expectations (ffi/examples/expectations.rs): what every known code and
// a set of edge codes must answer, straight from the Rust core. make test-go passes the file
// in ZEGOCODES_EXPECTATIONS; without it the tests run the printer through cargo from the
// repository root.

// record is one line of the expectations: a tag and its tab-separated fields.
type record []string

type expectations struct {
	version  string
	codes    []record // R and E: tag code known name mzh szh men sen withdrawn category guidance retryable success
	since    []record // S tag code since
	guidance []record // G value name retryable summary_zh summary_en
	category []record // C and K: tag value name
}

var (
	loadOnce sync.Once
	loaded   *expectations
	loadErr  string
)

func load(t testing.TB) *expectations {
	t.Helper()
	loadOnce.Do(func() {
		text, err := readExpectations()
		if err != nil {
			loadErr = err.Error()
			return
		}
		loaded = parse(text)
	})
	if loaded == nil {
		t.Fatalf("the core's expectations: %s", loadErr)
	}
	return loaded
}

func readExpectations() ([]byte, error) {
	if path := os.Getenv("ZEGOCODES_EXPECTATIONS"); path != "" {
		return os.ReadFile(path)
	}
	cmd := exec.Command("cargo", "run", "-q", "--locked", "-p", "zego-codes-ffi", "--example", "expectations")
	cmd.Dir = ".."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, &exec.Error{Name: "cargo run --example expectations (" + stderr.String() + ")", Err: err}
	}
	return out, nil
}

func parse(text []byte) *expectations {
	e := &expectations{}
	unescape := strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n")
	for _, line := range strings.Split(strings.TrimRight(string(text), "\n"), "\n") {
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = unescape.Replace(fields[i])
		}
		switch fields[0] {
		case "V":
			e.version = fields[1]
		case "R", "E":
			e.codes = append(e.codes, fields)
		case "S":
			e.since = append(e.since, fields)
		case "G":
			e.guidance = append(e.guidance, fields)
		case "C", "K":
			e.category = append(e.category, fields)
		}
	}
	return e
}

func (r record) uint(t testing.TB, i int) uint32 {
	t.Helper()
	n, err := strconv.ParseUint(r[i], 10, 32)
	if err != nil {
		t.Fatalf("field %d of %q: %v", i, r, err)
	}
	return uint32(n)
}

func (r record) flag(i int) bool { return r[i] == "1" }
