package zegocodes

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// Each guidance has its own sentinel, which names the guidance.
func TestSentinels(t *testing.T) {
	seen := map[error]bool{}
	for g, s := range sentinels {
		ge, ok := s.(*guidanceError)
		if !ok || ge.guidance != Guidance(g) {
			t.Errorf("guidance %s has no sentinel of its own in errors.go: %v", Guidance(g), s)
			continue
		}
		if seen[s] || !strings.Contains(s.Error(), Guidance(g).String()) {
			t.Errorf("sentinel of %s: %q", Guidance(g), s)
		}
		seen[s] = true
	}
}

// Check through every guidance a return code has (known codes and the edge codes the
// catalog does not hold): the error carries the response's fields, errors.As extracts it,
// wrapped or not, and errors.Is matches its guidance's sentinel and no other.
func TestCheckEveryGuidance(t *testing.T) {
	covered := map[Guidance]int{}
	for _, r := range load(t).codes {
		if r[0] != "R" {
			continue
		}
		code := r.uint(t, 1)
		message, requestID := "message "+r[1], "request-"+r[1]
		err := Check(code, message, requestID)
		if r.flag(12) {
			if err != nil {
				t.Errorf("Check(%d) = %v, want nil", code, err)
			}
			continue
		}
		g := Guidance(r.uint(t, 10))
		covered[g]++
		for _, e := range []error{err, fmt.Errorf("calling the agent: %w", err)} {
			var z *Error
			if !errors.As(e, &z) || z.Code != Code(code) || z.Message != message || z.RequestID != requestID {
				t.Fatalf("Check(%d): errors.As gives %#v", code, z)
			}
			if z.Guidance() != g || z.Retryable() != r.flag(11) {
				t.Errorf("Check(%d): guidance %s retryable %v", code, z.Guidance(), z.Retryable())
			}
			for other, s := range sentinels {
				if errors.Is(e, s) != (Guidance(other) == g) {
					t.Errorf("Check(%d) (%s): errors.Is(err, sentinel of %s) = %v", code, g, Guidance(other), !(Guidance(other) == g))
				}
			}
		}
		text := err.Error()
		for _, part := range []string{r[1], r[3], message, requestID} {
			if !strings.Contains(text, part) {
				t.Errorf("Check(%d).Error() = %q lacks %q", code, text, part)
			}
		}
	}
	var names []string
	for g := range sentinels {
		names = append(names, Guidance(g).String()+"="+strconv.Itoa(covered[Guidance(g)]))
	}
	t.Logf("return codes through Check per guidance: %s", strings.Join(names, " "))
	if covered[GuidanceUnknown] == 0 {
		t.Error("no unknown code went through Check")
	}
}

// Without the response's message, the error text carries the catalog's English one.
func TestErrorTextWithoutMessage(t *testing.T) {
	for _, r := range load(t).codes {
		if r[0] != "R" || r.flag(12) {
			continue
		}
		err := Check(r.uint(t, 1), "", "")
		if !strings.Contains(err.Error(), ": "+r[6]) || strings.Contains(err.Error(), "RequestId") {
			t.Errorf("Check(%s, \"\", \"\").Error() = %q", r[1], err)
		}
	}
}
