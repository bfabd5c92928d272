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
	e := &f.entries[f.slots[(code*f.multiplier)>>f.shift]]
	if e.code == code {
		return e
	}
	return nil
}

// rangeOf returns the range holding code: a scan, as a family has only a handful of ranges.
func (f *family) rangeOf(code uint32) *codeRange {
	for i := range f.ranges {
		if code <= f.ranges[i].last {
			return &f.ranges[i]
		}
	}
	return &f.ranges[len(f.ranges)-1]
}

// texts returns the texts of code: its entry's, or its range's for a code the catalog does not
// hold. The compiler inlines it into Message and Suggestion, so a known code costs them no
// further call.
func (f *family) texts(code uint32) *[2][2]string {
	e := &f.entries[f.slots[(code*f.multiplier)>>f.shift]]
	if e.code == code {
		return &e.text
	}
	return f.unknownTexts(code)
}

func (f *family) unknownTexts(code uint32) *[2][2]string {
	return &f.rangeOf(code).text
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
