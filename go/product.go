package zegocodes

import (
	"strconv"
	"strings"
)

// Product is a ZEGO server product whose codes the catalog holds. Its constants are named
// Product and the product's words (data/products.toml), each capitalised (ProductAiAgent, ProductRtc,
// ProductDigitalHuman); their values are those of the C enum zego_product_t and never change.
// ProductAiAgent, the zero value, is the default: the product Code, EventCode and Check answer
// for. A Product converted from a number that names no product is not Valid and has no codes.
type Product uint8

// Kind tells return codes (the Code field of a response) from callback event codes.
type Kind uint8

const (
	// KindReturn is a return code: the Code field of an API response.
	KindReturn Kind = iota
	// KindEvent is a callback event code.
	KindEvent
)

// String returns "return" or "event", or "Kind(n)".
func (k Kind) String() string {
	switch k {
	case KindReturn:
		return "return"
	case KindEvent:
		return "event"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// The product every lookup without one answers for: the catalog's first.
const defaultProduct Product = 0

type productInfo struct {
	id       string
	name     [2]string
	hosts    []string
	sections []Section
}

// Products returns every product, in value order; the first is the default.
func Products() []Product {
	all := make([]Product, len(productData))
	for i := range all {
		all[i] = Product(i)
	}
	return all
}

// ProductFromID returns the product whose stable id is id ("rtc", "digital_human"), and
// whether there is one.
func ProductFromID(id string) (Product, bool) {
	for i := range productData {
		if productData[i].id == id {
			return Product(i), true
		}
	}
	return 0, false
}

// ProductFromHost returns the product whose API answers at host: one of its documented hosts
// (Hosts), or a regional one that adds a "-suffix" to the first label
// ("rtc-api-sha.zego.im"). ASCII case, a trailing dot and a port do not matter.
func ProductFromHost(host string) (Product, bool) {
	if i := strings.IndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimRight(host, ".")
	for i := range productData {
		for _, h := range productData[i].hosts {
			if hostMatches(host, h) {
				return Product(i), true
			}
		}
	}
	return 0, false
}

func hostMatches(host, documented string) bool {
	if strings.EqualFold(host, documented) {
		return true
	}
	label, rest, ok := strings.Cut(host, ".")
	dlabel, drest, dok := strings.Cut(documented, ".")
	return ok && dok && strings.EqualFold(rest, drest) && len(label) > len(dlabel)+1 &&
		strings.EqualFold(label[:len(dlabel)], dlabel) && label[len(dlabel)] == '-'
}

func (p Product) info() *productInfo {
	if int(p) < len(productData) {
		return &productData[p]
	}
	return nil
}

// Valid reports whether p names a product.
func (p Product) Valid() bool { return int(p) < len(productData) }

// ID returns the stable id every zego-codes library uses ("aiagent", "rtc",
// "digital_human"), or "" for a value that names no product.
func (p Product) ID() string {
	if i := p.info(); i != nil {
		return i.id
	}
	return ""
}

// String returns the id, or "Product(n)" for a value that names no product.
func (p Product) String() string {
	if i := p.info(); i != nil {
		return i.id
	}
	return "Product(" + strconv.Itoa(int(p)) + ")"
}

// Name returns ZEGO's name of the product in lang.
func (p Product) Name(lang Lang) string {
	if i := p.info(); i != nil {
		return i.name[lang.index()]
	}
	return ""
}

// Hosts returns the API hosts ZEGO's pages document for the product ("rtc-api.zego.im").
func (p Product) Hosts() []string {
	if i := p.info(); i != nil {
		return append([]string(nil), i.hosts...)
	}
	return nil
}

// Sections returns the product's sections: the headings of its code pages, none where its
// pages have none.
func (p Product) Sections() []Section {
	if i := p.info(); i != nil {
		return append([]Section(nil), i.sections...)
	}
	return nil
}

// Section returns the product's section whose id is id, and whether it has one.
func (p Product) Section(id string) (Section, bool) {
	if i := p.info(); i != nil {
		for _, s := range i.sections {
			if sectionData[s].id == id {
				return s, true
			}
		}
	}
	return 0, false
}

// Code returns the lookup of return code code in p, in whichever section defines it.
func (p Product) Code(code uint32) ProductCode {
	return ProductCode(p)<<33 | ProductCode(code)
}

// EventCode returns the lookup of callback event code code in p.
func (p Product) EventCode(code uint32) ProductCode {
	return ProductCode(p)<<33 | 1<<32 | ProductCode(code)
}

// Lookup returns the lookup of code of kind in p.
func (p Product) Lookup(kind Kind, code uint32) ProductCode {
	return ProductCode(p)<<33 | ProductCode(kind&1)<<32 | ProductCode(code)
}

// CodeByName returns the product's return code whose stable name is name, as its constant
// has it (qualified by section where the product's sections disagree on the number), and
// whether there is one.
func (p Product) CodeByName(name string) (ProductCode, bool) { return p.byName(KindReturn, name) }

// EventCodeByName is CodeByName for callback event codes.
func (p Product) EventCodeByName(name string) (ProductCode, bool) { return p.byName(KindEvent, name) }

func (p Product) byName(kind Kind, name string) (ProductCode, bool) {
	for _, m := range p.Meanings(kind) {
		if m.e.name == name {
			c := p.Lookup(kind, m.e.code)
			if m.e.ambiguous {
				c |= ProductCode(m.e.section) << 48
			}
			return c, true
		}
	}
	return 0, false
}

// Meanings returns every known code of kind in p, every section's, ascending by code and then
// section.
func (p Product) Meanings(kind Kind) []Meaning {
	if !p.Valid() {
		return nil
	}
	f := &productFamilies[uint(p)*2+uint(kind&1)]
	return meanings(int(f.first), int(f.count))
}

func meanings(first, n int) []Meaning {
	if n == 0 {
		return nil
	}
	all := make([]Meaning, n)
	for i := range all {
		all[i] = Meaning{&productEntries[first+i]}
	}
	return all
}

// Section is a section of a product's code pages: the heading above a table. Where one
// product gives one number different meanings (RTC's 41003), the section tells them apart.
// Its constants are named Section, the product's words and the section's
// (SectionRtcMediaFiles).
type Section uint8

type sectionInfo struct {
	product Product
	kind    Kind
	id      string
	title   [2]string
}

// Sections returns every section of every product.
func Sections() []Section {
	all := make([]Section, len(sectionData))
	for i := range all {
		all[i] = Section(i)
	}
	return all
}

func (s Section) info() *sectionInfo {
	if int(s) < len(sectionData) {
		return &sectionData[s]
	}
	return nil
}

// Valid reports whether s names a section.
func (s Section) Valid() bool { return int(s) < len(sectionData) }

// Product returns the product whose pages have the section.
func (s Section) Product() Product {
	if i := s.info(); i != nil {
		return i.product
	}
	return productCount
}

// productCount is the first value that names no product.
const productCount = Product(len(productData))

// Kind returns the kind of codes the section holds.
func (s Section) Kind() Kind {
	if i := s.info(); i != nil {
		return i.kind
	}
	return KindReturn
}

// ID returns the stable id, unique within its product ("media_files").
func (s Section) ID() string {
	if i := s.info(); i != nil {
		return i.id
	}
	return ""
}

// Title returns the heading on ZEGO's page in lang (the English title where that page has none).
func (s Section) Title(lang Lang) string {
	if i := s.info(); i != nil {
		return i.title[lang.index()]
	}
	return ""
}

// String returns "product/section", as "rtc/media_files", or "Section(n)".
func (s Section) String() string {
	if i := s.info(); i != nil {
		return i.product.ID() + "/" + i.id
	}
	return "Section(" + strconv.Itoa(int(s)) + ")"
}

// Code returns the lookup of code in this section: of its product and kind, answered exactly.
// For a value that names no section it answers unknown.
func (s Section) Code(code uint32) ProductCode {
	return s.Product().Lookup(s.Kind(), code) | ProductCode(s+1)<<48
}

// ProductCode is a code looked up in one product: return code or callback event code,
// optionally qualified by a section. Make one with Product.Code, Product.EventCode,
// Section.Code or the generated constants (Rtc_MediaFileNotFound); it is a comparable value,
// and every lookup on it is a few loads without allocating, safe from any goroutine.
//
// Unqualified, a number the product's sections define differently (RTC's 41003) is
// ambiguous: Known is true, Name is "", Message says to look it up by section, and Meanings
// gives each section's. The same name in several sections is one meaning: the first
// section's entry answers. A code the product does not hold answers as today's unknown codes:
// Known false, GuidanceUnknown, and a generic text naming the product (for AI Agent, its range).
type ProductCode uint64

// The bits of a ProductCode: the code (0-31), the kind (32), the product (33-40), together
// the family's index and code; and the section plus 1 (48-55; 0 for none).
const sectionShift = 48

// productFamily is one product's codes of one kind, as zz_generated_products.go lays it out:
// the core's perfect hash over its distinct codes (slots[h] is the index within the family
// of the first entry with the code hashing to h) and its entries, productEntries[first:][:count].
type productFamily struct {
	// A code's slot is (code * multiplier) >> shift, shift at most 31 (a hash has at least 2
	// slots; an empty family's multiplier is 0).
	multiplier uint32
	shift      uint32

	// Set at init, for Message and Suggestion (the fields they read first, on one cache
	// line): the family's first slot in productSlots; for the default product, AI Agent's
	// family of the kind, whose ranges give an unknown code its texts; for any other, whether
	// the family is of return codes, whose unknown codes in ZEGO's gateway range have texts
	// of their own.
	base    uint32
	gateway bool
	ranges  *family

	first          uint16
	count          uint16
	unknownMessage [2]string
	slots          []uint8

	// Set at init: the texts (by lang: message, suggestion) of an unknown code, of an unknown
	// return code in ZEGO's gateway range, and of an ambiguous lookup.
	unknown      [2][2]string
	gatewayTexts [2][2]string
	ambiguous    [2][2]string
}

type productEntry struct {
	code uint32
	// The family's index, product*2 + kind.
	family uint16
	// The section's index plus 1; 0 where the product's pages have no sections.
	section   uint8
	guidance  Guidance
	meanings  uint8 // how many entries of the family holding this code, from this one on
	ambiguous bool  // whether those entries differ in name
	name      string
	since     string
	withdrawn string
	// text[lang]: message, suggestion.
	text  [2][2]string
	cause [2]string
}

// productSlot is one hash slot: the code of the entry it names (the family's entry 0 for an
// empty slot, whose code hashes elsewhere), which lookups that entry answers alone, and the
// message and suggestion of an unqualified lookup of the code (for an ambiguous code, the
// sentence that says so), so those texts are a multiply, a compare and a load.
//
// The entry answers an unqualified lookup unless the code is ambiguous (plain is 0, the
// unqualified section field, else 0xff, no section's), and one qualified by its own section
// (section). The texts answer an unqualified lookup, and one qualified by the entry's section
// unless the code is ambiguous (texts, else 0xff). An empty family's one slot holds code 0
// with an unknown code's texts, and 0xfe, no lookup's section field, in the others: its texts
// answer an unqualified code 0, everything else goes the slow way.
type productSlot struct {
	code    uint32
	section uint8
	plain   uint8
	texts   uint8
	text    [2][2]string
}

var productSlots [productSlotCount]productSlot

func init() {
	base := uint32(0)
	for fi := range productFamilies {
		f := &productFamilies[fi]
		f.base = base
		kind := Kind(fi & 1)
		for l := 0; l < 2; l++ {
			suggestion := returnFamily.ranges[0].text[l][1]
			if kind == KindEvent {
				suggestion = eventFamily.ranges[0].text[l][1]
			}
			f.unknown[l] = [2]string{f.unknownMessage[l], suggestion}
			f.gatewayTexts[l] = [2]string{gatewayUnknownText[l], suggestion}
			f.ambiguous[l] = [2]string{ambiguousText[l], suggestion}
		}
		switch {
		case Product(fi>>1) == defaultProduct && kind == KindReturn:
			f.ranges = &returnFamily
		case Product(fi>>1) == defaultProduct:
			f.ranges = &eventFamily
		default:
			f.gateway = kind == KindReturn
		}
		if len(f.slots) == 0 {
			// An empty family: every code lands on one slot that answers none but code 0
			// unqualified, with the texts of an unknown code 0.
			productSlots[base] = productSlot{section: 0xfe, plain: 0xfe, texts: 0xfe, text: *f.unknownTexts(0)}
			base++
			continue
		}
		for h, local := range f.slots {
			e := &productEntries[int(f.first)+int(local)]
			s := productSlot{code: e.code, section: e.section, texts: e.section, text: e.text}
			if e.ambiguous {
				s.plain, s.texts, s.text = 0xff, 0xff, f.ambiguous
			}
			productSlots[base+uint32(h)] = s
		}
		base += uint32(len(f.slots))
	}
}

// noProductTexts are the texts of a code of a Product value that names no product.
var noProductTexts = [2][2]string{
	{noProductText[0], returnFamily.ranges[0].text[0][1]},
	{noProductText[1], returnFamily.ranges[0].text[1][1]},
}

// Code returns the numeric code.
func (c ProductCode) Code() uint32 { return uint32(c) }

// Product returns the product.
func (c ProductCode) Product() Product { return Product(c >> 33) }

// Kind returns KindReturn or KindEvent.
func (c ProductCode) Kind() Kind { return Kind(c>>32) & 1 }

// Section returns the section the lookup is qualified by, and whether it is.
func (c ProductCode) Section() (Section, bool) {
	if s := uint8(c >> sectionShift); s != 0 {
		return Section(s - 1), true
	}
	return 0, false
}

// slot returns c's family and the slot of its code there, or nil for a product that does not
// exist.
func (c ProductCode) slot() (*productFamily, uint32) {
	fi := uint32(c>>32) & 0x1ff
	if fi >= uint32(len(productFamilies)) {
		return nil, 0
	}
	f := &productFamilies[fi]
	return f, (uint32(c) * f.multiplier) >> (f.shift & 31)
}

// entry returns the entry that answers c alone (Known, not ambiguous), or nil. The fast path:
// the slot says whether its entry answers c.
func (c ProductCode) entry() *productEntry {
	if f, h := c.slot(); f != nil {
		s := &productSlots[f.base+h]
		if sec := uint8(c >> sectionShift); s.code == uint32(c) && (sec == s.plain || sec == s.section) {
			return &productEntries[int(f.first)+int(f.slots[h])]
		}
	}
	return c.answering()
}

// answering is entry's slow path: a lookup qualified by a section other than the first's.
func (c ProductCode) answering() *productEntry {
	if uint8(c>>sectionShift) == 0 {
		return nil
	}
	first, n := c.span()
	if n == 1 {
		return &productEntries[first]
	}
	return nil
}

// span returns the entries c matches: none for an unknown code, the one of its section if c
// is qualified, else every section's.
func (c ProductCode) span() (first, n int) {
	f, h := c.slot()
	if f == nil || len(f.slots) == 0 {
		return 0, 0
	}
	first = int(f.first) + int(f.slots[h])
	if productEntries[first].code != uint32(c) {
		return 0, 0
	}
	n = int(productEntries[first].meanings)
	if sec := uint8(c >> sectionShift); sec != 0 {
		for i := first; i < first+n; i++ {
			if productEntries[i].section == sec {
				return i, 1
			}
		}
		return 0, 0
	}
	return first, n
}

// Meanings returns every entry the lookup matches: none for an unknown code, one for a code
// its section lists, and for an unqualified lookup one per section that lists the code.
func (c ProductCode) Meanings() []Meaning { return meanings(c.span()) }

// Known reports whether the product defines the code (in the section, if qualified).
func (c ProductCode) Known() bool {
	_, n := c.span()
	return n > 0
}

// Ambiguous reports whether the lookup names no section and the product's sections define
// the code differently: Name is then "" and Message says so; Meanings gives each.
func (c ProductCode) Ambiguous() bool {
	first, n := c.span()
	return n > 0 && uint8(c>>sectionShift) == 0 && productEntries[first].ambiguous
}

// Message returns ZEGO's description in lang; for an ambiguous code, a sentence saying to
// look it up by section; for an unknown one, a generic text naming its product (for AI Agent,
// exactly what Code and EventCode say).
func (c ProductCode) Message(lang Lang) string { return c.texts()[lang.index()][0] }

// Suggestion returns ZEGO's suggested handling in lang (empty where ZEGO publishes none); for
// an unknown or ambiguous code, the generic advice of an unknown one.
func (c ProductCode) Suggestion(lang Lang) string { return c.texts()[lang.index()][1] }

// texts returns the message and suggestion of c by lang. A known code is its slot's texts;
// an unknown one its family's (AI Agent's by range) without reading more.
func (c ProductCode) texts() *[2][2]string {
	fi := uint32(c>>32) & 0x1ff
	if fi >= uint32(len(productFamilies)) {
		return &noProductTexts
	}
	f := &productFamilies[fi]
	code := uint32(c)
	s := &productSlots[f.base+(code*f.multiplier)>>(f.shift&31)]
	if s.code == code {
		if sec := uint8(c >> sectionShift); sec == 0 || sec == s.texts {
			return &s.text
		}
		return c.otherTexts()
	}
	// unknownTexts, written out: as a call it cost AI Agent's unknown codes a quarter more;
	// and AI Agent's families named as the globals they are, whose fields' addresses the
	// compiler knows, rather than through f.ranges, a load more before the range's.
	switch fi {
	case uint32(defaultProduct) << 1:
		return &returnFamily.ranges[returnFamily.rangeIndex(code)].text
	case uint32(defaultProduct)<<1 | 1:
		return &eventFamily.ranges[eventFamily.rangeIndex(code)].text
	}
	if f.gateway && code-gatewayFirst <= gatewayLast-gatewayFirst {
		return &f.gatewayTexts
	}
	return &f.unknown
}

// otherTexts is texts for a known code whose slot does not answer: an ambiguous one, or one
// qualified by a section other than the first that lists it.
func (c ProductCode) otherTexts() *[2][2]string {
	f := &productFamilies[uint32(c>>32)&0x1ff]
	if e := c.entry(); e != nil {
		return &e.text
	}
	if c.Known() {
		return &f.ambiguous
	}
	return f.unknownTexts(uint32(c))
}

// unknownTexts returns the texts of a code f does not hold: for AI Agent those of its range,
// for another product the gateway's for a return code in ZEGO's gateway range, else the
// family's own.
func (f *productFamily) unknownTexts(code uint32) *[2][2]string {
	if f.ranges != nil {
		return &f.ranges.ranges[f.ranges.rangeIndex(code)].text
	}
	if f.gateway && code-gatewayFirst <= gatewayLast-gatewayFirst {
		return &f.gatewayTexts
	}
	return &f.unknown
}

// Cause returns the possible causes where ZEGO's page has such a column (ZIM's); "" elsewhere,
// and for an unknown or ambiguous code.
func (c ProductCode) Cause(lang Lang) string {
	if e := c.entry(); e != nil {
		return e.cause[lang.index()]
	}
	return ""
}

// Name returns the stable name, such as "MEDIA_FILE_NOT_FOUND", or "" for an unknown or
// ambiguous code.
func (c ProductCode) Name() string {
	if e := c.entry(); e != nil {
		return e.name
	}
	return ""
}

// Guidance returns what a caller should do: the entry's guidance; for an ambiguous code the
// guidance its meanings share, else GuidanceUnknown.
func (c ProductCode) Guidance() Guidance {
	if e := c.entry(); e != nil {
		return e.guidance
	}
	first, n := c.span()
	if n == 0 {
		return GuidanceUnknown
	}
	g := productEntries[first].guidance
	for i := first + 1; i < first+n; i++ {
		if productEntries[i].guidance != g {
			return GuidanceUnknown
		}
	}
	return g
}

// Retryable reports whether the same request may succeed when sent again later.
func (c ProductCode) Retryable() bool { return c.Guidance().Retryable() }

// Since returns the first revision of ZEGO's page, among those the project vendors, that
// lists the code, or "" for an unknown or ambiguous code.
func (c ProductCode) Since() string {
	if e := c.entry(); e != nil {
		return e.since
	}
	return ""
}

// Withdrawn returns the revision of ZEGO's page that no longer lists the code, or "" while
// ZEGO documents it (and for an unknown or ambiguous code).
func (c ProductCode) Withdrawn() string {
	if e := c.entry(); e != nil {
		return e.withdrawn
	}
	return ""
}

// Category returns the range of a return code: CategorySuccess for 0, CategoryCommon for
// ZEGO's gateway range, otherwise AI Agent's ranges for AI Agent and CategoryBusiness for any
// other product's own codes. CategoryUnknown for an event code.
func (c ProductCode) Category() Category {
	if c.Kind() != KindReturn {
		return CategoryUnknown
	}
	category := Code(uint32(c)).Category()
	if c.Product() != defaultProduct && (category == CategoryUnknown || category == CategoryBusiness) {
		return CategoryBusiness
	}
	return category
}

// EventCategory returns the subsystem of an AI Agent event code, as EventCode.Category does;
// EventCategoryUnknown for another product's event codes and for return codes.
func (c ProductCode) EventCategory() EventCategory {
	if c.Kind() != KindEvent || c.Product() != defaultProduct {
		return EventCategoryUnknown
	}
	return EventCode(uint32(c)).Category()
}

// String returns the product, the section if qualified, "event" for an event code, the number
// and the name if one answers: "rtc/media_files 41003 MEDIA_FILE_NOT_FOUND", "rtc 41003",
// "asr event 1001 GENERAL_ERROR".
func (c ProductCode) String() string {
	s := c.Product().String()
	if sec, ok := c.Section(); ok {
		s += "/" + sec.ID()
	}
	if c.Kind() == KindEvent {
		s += " event"
	}
	s += " " + strconv.FormatUint(uint64(uint32(c)), 10)
	if name := c.Name(); name != "" {
		s += " " + name
	}
	return s
}

// Meaning is what one number means in one section of one product: one row of ZEGO's page,
// with this project's name and guidance. The zero Meaning is none: its methods answer "",
// 0 and GuidanceUnknown.
type Meaning struct{ e *productEntry }

var noEntry = productEntry{section: 0, guidance: GuidanceUnknown}

func (m Meaning) entry() *productEntry {
	if m.e == nil {
		return &noEntry
	}
	return m.e
}

// Code returns the numeric code.
func (m Meaning) Code() uint32 { return m.entry().code }

// Product returns the product whose page lists it.
func (m Meaning) Product() Product {
	if m.e == nil {
		return productCount
	}
	return Product(m.e.family >> 1)
}

// Kind returns KindReturn or KindEvent.
func (m Meaning) Kind() Kind { return Kind(m.entry().family & 1) }

// Section returns the section of the page that lists it, and false where the product's pages
// have none.
func (m Meaning) Section() (Section, bool) {
	if s := m.entry().section; s != 0 {
		return Section(s - 1), true
	}
	return 0, false
}

// Name returns the stable name, unique within its product and kind.
func (m Meaning) Name() string { return m.entry().name }

// Message returns ZEGO's description in lang, exactly as published.
func (m Meaning) Message(lang Lang) string { return m.entry().text[lang.index()][0] }

// Suggestion returns ZEGO's suggested handling in lang; "" where ZEGO has none.
func (m Meaning) Suggestion(lang Lang) string { return m.entry().text[lang.index()][1] }

// Cause returns the possible causes where ZEGO's page has such a column; "" elsewhere.
func (m Meaning) Cause(lang Lang) string { return m.entry().cause[lang.index()] }

// Guidance returns what a caller should do.
func (m Meaning) Guidance() Guidance { return m.entry().guidance }

// Retryable reports whether the same request may succeed when sent again later.
func (m Meaning) Retryable() bool { return m.Guidance().Retryable() }

// Since returns the first revision of ZEGO's page, among those the project vendors, that lists it.
func (m Meaning) Since() string { return m.entry().since }

// Withdrawn returns the revision of ZEGO's page that no longer lists it, or "".
func (m Meaning) Withdrawn() string { return m.entry().withdrawn }

// ProductCode returns the lookup that answers with exactly this entry: qualified by its
// section, if it has one.
func (m Meaning) ProductCode() ProductCode {
	if m.e == nil {
		return productCount.Code(0)
	}
	return ProductCode(m.e.section)<<sectionShift | ProductCode(m.e.family)<<32 | ProductCode(m.e.code)
}

// String returns "product[/section] [event ]CODE NAME", as "rtc/media_files 41003 MEDIA_FILE_NOT_FOUND".
func (m Meaning) String() string {
	if m.e == nil {
		return "Meaning(none)"
	}
	return m.ProductCode().String()
}

// Definitions returns every product and section whose catalog of kind holds code: who
// defines this number. In product order, then by section.
func Definitions(kind Kind, code uint32) []Meaning {
	var all []Meaning
	for p := range productData {
		all = append(all, Product(p).Lookup(kind, code).Meanings()...)
	}
	return all
}
