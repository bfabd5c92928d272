package zegocodes

import (
	"math/rand"
	"sort"
	"testing"
	"time"
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

// The product lookups against Message and the map, side by side: each round times 1024 calls
// of each in turn, so a machine busy with other work slows all of them alike, and reports the
// median ns per call of each and the medians of the rounds' ratios. The lookups: Message on
// AI Agent's codes (the sets above), the same codes through the default product
// (ProductAiAgent.Code(c).Message), every product's codes each in its product, and the map.
// Every product's codes are ProductCodes in a slice, as AI Agent's are uint32s: a caller holds
// a product and a code, and p.Code(c) is a shift and an or it inlines; a second slice of
// products would add its load to the loop, not to the lookup. make bench-go prints the figures
// (benches/go/ratios.awk).
func BenchmarkSideBySide(b *testing.B) {
	sets := benchCodes()
	every := everyProductCodes()
	table := make(map[uint32]string, len(returnFamily.entries))
	for _, e := range returnFamily.entries {
		table[e.code] = e.text[0][0]
	}
	for _, name := range benchSets {
		codes := sets[name]
		pcs := make([]ProductCode, len(every[name].codes))
		for i, c := range every[name].codes {
			pcs[i] = every[name].products[i].Code(c)
		}
		b.Run(name, func(b *testing.B) {
			var times [4][]float64
			n := 0
			for i := 0; i < b.N; i++ {
				start := time.Now()
				for j := 0; j < 1024; j++ {
					n += len(Code(codes[j]).Message(Zh))
				}
				t1 := time.Now()
				for j := 0; j < 1024; j++ {
					n += len(ProductAiAgent.Code(codes[j]).Message(Zh))
				}
				t2 := time.Now()
				for j := 0; j < 1024; j++ {
					n += len(pcs[j].Message(Zh))
				}
				t3 := time.Now()
				for j := 0; j < 1024; j++ {
					n += len(table[codes[j]])
				}
				t4 := time.Now()
				for k, d := range []time.Duration{t1.Sub(start), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3)} {
					times[k] = append(times[k], float64(d.Nanoseconds())/1024)
				}
			}
			sink = n
			ratio := func(a, b int) float64 {
				r := make([]float64, len(times[a]))
				for i := range r {
					r[i] = times[a][i] / times[b][i]
				}
				return median(r)
			}
			b.ReportMetric(median(times[0]), "message-ns")
			b.ReportMetric(median(times[1]), "aiagent-ns")
			b.ReportMetric(median(times[2]), "every-ns")
			b.ReportMetric(median(times[3]), "map-ns")
			b.ReportMetric(ratio(0, 3), "message/map")
			b.ReportMetric(ratio(1, 0), "aiagent/message")
			b.ReportMetric(ratio(2, 0), "every/message")
		})
	}
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

type productSet struct {
	products []Product
	codes    []uint32
}

// everyProductCodes returns, like benchCodes, 1024 known, unknown and mixed codes, each with
// its product: the known ones from every product's return codes, every section's; the
// unknown ones near them, in their product.
func everyProductCodes() map[string]productSet {
	rng := rand.New(rand.NewSource(1))
	var known, unknown []ProductCode
	for _, p := range Products() {
		for _, m := range p.Meanings(KindReturn) {
			known = append(known, p.Code(m.Code()))
		}
	}
	for len(unknown) < 1024 {
		c := known[rng.Intn(len(known))]
		c = c.Product().Code(c.Code() + uint32(rng.Intn(2000)) - 1000)
		if !c.Known() {
			unknown = append(unknown, c)
		}
	}
	sets := map[string][]ProductCode{"known": {}, "unknown": unknown, "mixed": {}}
	for i := 0; i < 1024; i++ {
		sets["known"] = append(sets["known"], known[rng.Intn(len(known))])
		if rng.Intn(2) == 0 {
			sets["mixed"] = append(sets["mixed"], known[rng.Intn(len(known))])
		} else {
			sets["mixed"] = append(sets["mixed"], unknown[rng.Intn(len(unknown))])
		}
	}
	out := map[string]productSet{}
	for name, set := range sets {
		ps := productSet{make([]Product, len(set)), make([]uint32, len(set))}
		for i, c := range set {
			ps.products[i], ps.codes[i] = c.Product(), c.Code()
		}
		out[name] = ps
	}
	return out
}
