package zegocodes

import (
	"math"
	"testing"
)

// The range of an unknown code comes from a table by granule whose width the data decides, so
// the codes tried are each range end and each known code, one either side, and the first and
// last codes of every power-of-two block around each end, which holds the granule edges
// whatever width is chosen. Each must answer as a plain scan of the ranges says.

func scanRange(f *family, code uint32) int {
	for i := range f.ranges {
		if code <= f.ranges[i].last {
			return i
		}
	}
	return len(f.ranges) - 1
}

func probes(f *family) []uint32 {
	around := []uint64{0, math.MaxInt32, math.MaxInt32 + 1, math.MaxUint32}
	for _, r := range f.ranges {
		around = append(around, uint64(r.last))
		for bits := 0; bits <= 32; bits++ {
			size := uint64(1) << bits
			start := uint64(r.last) / size * size
			around = append(around, start, start+size-1, start+size)
		}
	}
	for _, e := range f.entries {
		around = append(around, uint64(e.code))
	}
	var codes []uint32
	for _, c := range around {
		for _, d := range []int64{-1, 0, 1} {
			if v := int64(c) + d; v >= 0 && v <= math.MaxUint32 {
				codes = append(codes, uint32(v))
			}
		}
	}
	return codes
}

func checkRanges(t *testing.T, what string, f *family) {
	t.Helper()
	codes := probes(f)
	for _, code := range codes {
		want := scanRange(f, code)
		if got := f.rangeIndex(code); int(got) != want {
			t.Fatalf("%s: code %d: range %d, a scan says %d", what, code, got, want)
		}
		if f.find(code) == nil && f.texts(code) != &f.ranges[want].text {
			t.Fatalf("%s: unknown code %d: not the texts of range %d", what, code, want)
		}
	}
	if len(codes) < len(f.ranges)*32 {
		t.Fatalf("%s: only %d codes tried", what, len(codes))
	}
}

func TestRangesOfEveryFamilyAnswerAsAScan(t *testing.T) {
	checkRanges(t, "return codes", &returnFamily)
	checkRanges(t, "event codes", &eventFamily)
	if returnFamily.scan || eventFamily.scan {
		t.Fatal("the catalog's ranges should fit the granule table")
	}
}

// Range ends too close together for the table (a family may have them) are scanned, and
// answer the same.
func TestRangesTooDenseForTheTableAreScanned(t *testing.T) {
	for _, ends := range [][]uint32{{0, 1}, {4000000000, 4000000100}, {0, 99, 100, 4294967294}} {
		f := family{multiplier: returnFamily.multiplier, shift: returnFamily.shift,
			slots: returnFamily.slots, entries: returnFamily.entries}
		for _, e := range append(ends, math.MaxUint32) {
			f.ranges = append(f.ranges, codeRange{last: e})
		}
		f.prepare()
		if !f.scan {
			t.Fatalf("ends %v: expected a scan", ends)
		}
		checkRanges(t, "dense ranges", &f)
	}
}
