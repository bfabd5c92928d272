package zegocodes

// A family is one kind of code (return codes or event codes) as zz_generated_codes.go lays it
// out: the catalog's entries in ascending order, the core's perfect hash over them, and the
// ranges that give any code, known or not, a category and texts for when it is unknown.
type family struct {
	// A code's slot is (code * multiplier) >> shift; the slot names the only entry that
	// can hold the code. Empty slots name entry 0, whose code hashes elsewhere, so the
	// compare in find rejects every code landing there.
	multiplier uint32
	shift      uint32
	slots      []uint8
	entries    []entry
	// Ascending; range i holds the codes above range i-1's last up to its own last. The
	// final range ends at 4294967295.
	ranges []codeRange

	// Derived from the tables above once, at init (prepare), for Message and Suggestion: by
	// slot, the code its entry holds beside that entry's texts, so a known code is a multiply,
	// a compare and the texts next to it, with no entry in between; and the range table.
	bySlot []slotted
	rangeTable
}

// The range of an unknown code comes from a table by granule (the code's top bits) rather than
// a scan: bits is the widest granule with at most one range end in it, so a granule's count of
// ends below it and that one end's offset settle any code in it. The table stops one granule
// past the top range's first code; that granule answers for every code above it.
type rangeTable struct {
	bits  uint32   // the granule of code is code >> bits, at most past
	mask  uint32   // 1<<bits - 1: a code's offset inside its granule
	past  uint32   // the last granule of the table
	below []uint16 // by granule: the count of range ends in granules below it
	endAt []uint32 // by granule: the offset of the range end in it, or mask if none
	scan  bool     // range ends too close together for a table: ranges are scanned
}

// A slot's entry's code (an empty slot's entry hashes elsewhere, so no code matches it there)
// and texts.
type slotted struct {
	code uint32
	text [2][2]string
}

// The most granules a family's range table may have; ranges that would need more (ends close
// together high up: not the shape of the catalog's) are scanned instead.
const maxGranules = 1 << 14

func (f *family) prepare() {
	l := &f.rangeTable
	f.bySlot = make([]slotted, len(f.slots))
	for s, i := range f.slots {
		f.bySlot[s] = slotted{f.entries[i].code, f.entries[i].text}
	}
	ends := make([]uint32, 0, len(f.ranges))
	for _, r := range f.ranges[:len(f.ranges)-1] { // the top range's end has no code above it
		ends = append(ends, r.last)
	}
	l.bits = granuleBits(ends)
	l.mask = 1<<l.bits - 1
	if len(ends) > 0 {
		l.past = (ends[len(ends)-1]+1)>>l.bits + 1
	}
	if l.bits == 0 || l.past >= maxGranules {
		l.scan = true
		return
	}
	l.below = make([]uint16, l.past+1)
	l.endAt = make([]uint32, l.past+1)
	for g := range l.endAt {
		l.endAt[g] = l.mask
		for _, e := range ends {
			if e>>l.bits < uint32(g) {
				l.below[g]++
			}
		}
	}
	for _, e := range ends {
		l.endAt[e>>l.bits] = e & l.mask
	}
}

// granuleBits returns the widest granule (in bits, at most 31) with at most one of ends
// (ascending) in each, or 0 if two ends are equal.
func granuleBits(ends []uint32) uint32 {
	for bits := uint32(31); bits > 0; bits-- {
		apart := true
		for i := 1; i < len(ends); i++ {
			if ends[i]>>bits == ends[i-1]>>bits {
				apart = false
				break
			}
		}
		if apart {
			return bits
		}
	}
	return 0
}

// slot returns the only slot that can hold code: the core's perfect hash.
func (f *family) slot(code uint32) uint32 { return (code * f.multiplier) >> f.shift }

// rangeIndex returns the index in ranges of the range holding code.
func (f *family) rangeIndex(code uint32) uint32 {
	l := &f.rangeTable
	if l.scan {
		r := uint32(0)
		for r < uint32(len(f.ranges)-1) && code > f.ranges[r].last {
			r++
		}
		return r
	}
	g := code >> l.bits
	if g > l.past {
		g = l.past
	}
	// Both offsets are below 1<<31, so the difference wraps past it exactly when code lies
	// above the granule's end.
	return uint32(l.below[g]) + (l.endAt[g]-code&l.mask)>>31
}

type entry struct {
	code      uint32
	name      string
	guidance  Guidance
	since     string
	withdrawn string
	// text[lang][0] is the message, text[lang][1] the suggestion.
	text [2][2]string
}

type codeRange struct {
	last     uint32
	category uint8
	// The texts of the codes of this range that the catalog does not hold.
	text [2][2]string
}

// find returns the entry of code, or nil if the catalog does not hold it.
func (f *family) find(code uint32) *entry {
	if s := f.slot(code); f.bySlot[s].code == code {
		return &f.entries[f.slots[s]]
	}
	return nil
}

// rangeOf returns the range holding code.
func (f *family) rangeOf(code uint32) *codeRange {
	return &f.ranges[f.rangeIndex(code)]
}

// texts returns the texts of code: its entry's, or its range's for a code the catalog does not
// hold. Message and Suggestion call it (with its call to rangeIndex inlined, it is too large
// for the compiler to inline into them), so either kind of code costs them one call.
func (f *family) texts(code uint32) *[2][2]string {
	e := &f.bySlot[f.slot(code)]
	if e.code == code {
		return &e.text
	}
	return &f.ranges[f.rangeIndex(code)].text
}

func init() {
	returnFamily.prepare()
	eventFamily.prepare()
}

func (f *family) name(code uint32) string {
	if e := f.find(code); e != nil {
		return e.name
	}
	return ""
}

func (f *family) guidance(code uint32) Guidance {
	if e := f.find(code); e != nil {
		return e.guidance
	}
	return GuidanceUnknown
}

func (f *family) since(code uint32) string {
	if e := f.find(code); e != nil {
		return e.since
	}
	return ""
}

func (f *family) withdrawn(code uint32) string {
	if e := f.find(code); e != nil {
		return e.withdrawn
	}
	return ""
}

func (f *family) byName(name string) (uint32, bool) {
	for i := range f.entries {
		if f.entries[i].name == name {
			return f.entries[i].code, true
		}
	}
	return 0, false
}
