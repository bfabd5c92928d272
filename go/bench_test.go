package zegocodes

import (
	"math/rand"
	"testing"
)

// Message against a map[uint32]string holding the same texts, over the same codes: known
// codes, unknown codes (from every range) and a random mix. make bench-go prints the ratios.

var sink int

func benchCodes() map[string][]uint32 {
	rng := rand.New(rand.NewSource(1))
	var known, unknown []uint32
	for _, e := range returnFamily.entries {
		known = append(known, e.code)
	}
	for len(unknown) < 1024 {
		// Half near the ranges the catalog uses, half anywhere.
		c := rng.Uint32()
		if len(unknown)%2 == 0 {
			c = known[rng.Intn(len(known))] + uint32(rng.Intn(2000)) - 1000
		}
		if returnFamily.find(c) == nil {
			unknown = append(unknown, c)
		}
	}
	sets := map[string][]uint32{"known": {}, "unknown": unknown, "mixed": {}}
	for i := 0; i < 1024; i++ {
		sets["known"] = append(sets["known"], known[rng.Intn(len(known))])
		if rng.Intn(2) == 0 {
			sets["mixed"] = append(sets["mixed"], known[rng.Intn(len(known))])
		} else {
			sets["mixed"] = append(sets["mixed"], unknown[rng.Intn(len(unknown))])
		}
	}
	return sets
}

var benchSets = []string{"known", "unknown", "mixed"}

func BenchmarkMessage(b *testing.B) {
	sets := benchCodes()
	for _, name := range benchSets {
		codes := sets[name]
		b.Run(name, func(b *testing.B) {
			n := 0
			for i := 0; i < b.N; i++ {
				n += len(Code(codes[i&1023]).Message(Zh))
			}
			sink = n
		})
	}
}

func BenchmarkMap(b *testing.B) {
	sets := benchCodes()
	table := make(map[uint32]string, len(returnFamily.entries))
	for _, e := range returnFamily.entries {
		table[e.code] = e.text[0][0]
	}
	for _, name := range benchSets {
		codes := sets[name]
		b.Run(name, func(b *testing.B) {
			n := 0
			for i := 0; i < b.N; i++ {
				n += len(table[codes[i&1023]])
			}
			sink = n
		})
	}
}
