package zegocodes

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"sync"
	"testing"
)

// The cross-language oracle: every product's entries as `zego-codes list --all-products
// --json` prints them from the Rust core. make test-go passes the file in ZEGOCODES_PRODUCTS;
// without it the tests run the command through cargo from the repository root.

// row is one object of the oracle: one product, kind, code and section.
type row struct {
	Code         uint32  `json:"code"`
	Known        bool    `json:"known"`
	Name         string  `json:"name"`
	Category     string  `json:"category"`
	Guidance     string  `json:"guidance"`
	Retryable    bool    `json:"retryable"`
	MessageZh    string  `json:"message_zh"`
	SuggestionZh string  `json:"suggestion_zh"`
	MessageEn    string  `json:"message_en"`
	SuggestionEn string  `json:"suggestion_en"`
	Since        string  `json:"since"`
	Product      string  `json:"product"`
	Section      *string `json:"section"`
	Kind         string  `json:"kind"`
	CauseZh      string  `json:"cause_zh"`
	CauseEn      string  `json:"cause_en"`
	Withdrawn    *string `json:"withdrawn"`
	Ambiguous    bool    `json:"ambiguous"`
}

var (
	oracleOnce sync.Once
	oracleRows []row
	oracleErr  error
)

func oracle(t testing.TB) []row {
	t.Helper()
	oracleOnce.Do(func() {
		var text []byte
		if path := os.Getenv("ZEGOCODES_PRODUCTS"); path != "" {
			text, oracleErr = os.ReadFile(path)
		} else {
			cmd := exec.Command("cargo", "run", "-q", "--locked", "-p", "zego-codes-cli", "--", "list", "--all-products", "--json")
			cmd.Dir = ".."
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			text, oracleErr = cmd.Output()
			if oracleErr != nil {
				oracleErr = &exec.Error{Name: "zego-codes list --all-products --json (" + stderr.String() + ")", Err: oracleErr}
			}
		}
		if oracleErr == nil {
			oracleErr = json.Unmarshal(text, &oracleRows)
		}
	})
	if oracleErr != nil {
		t.Fatalf("the products oracle: %v", oracleErr)
	}
	if len(oracleRows) == 0 {
		t.Fatal("the products oracle is empty")
	}
	return oracleRows
}

func (r *row) kind(t testing.TB) Kind {
	switch r.Kind {
	case "return":
		return KindReturn
	case "event":
		return KindEvent
	}
	t.Fatalf("row %+v: kind %q", r, r.Kind)
	return 0
}

func (r *row) product(t testing.TB) Product {
	p, ok := ProductFromID(r.Product)
	if !ok {
		t.Fatalf("the oracle's product %q is not a Product", r.Product)
	}
	return p
}

func (r *row) section(t testing.TB) (Section, bool) {
	if r.Section == nil {
		return 0, false
	}
	s, ok := r.product(t).Section(*r.Section)
	if !ok {
		t.Fatalf("the oracle's section %s/%s is not a Section", r.Product, *r.Section)
	}
	return s, true
}

func (r *row) withdrawn() string {
	if r.Withdrawn == nil {
		return ""
	}
	return *r.Withdrawn
}

// key identifies a row's code: the rows with one key are an unqualified lookup's meanings.
type key struct {
	product, kind string
	code          uint32
}

func (r *row) key() key { return key{r.Product, r.Kind, r.Code} }

// byKey returns the oracle's rows grouped by key, each group in the oracle's order.
func byKey(rows []row) map[key][]row {
	m := map[key][]row{}
	for _, r := range rows {
		m[r.key()] = append(m[r.key()], r)
	}
	return m
}
