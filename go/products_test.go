package zegocodes

import (
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"
	"testing"
)

// answer is every field a lookup gives, in the oracle's terms.
type answer struct {
	Known                                            bool
	Name, Category, Guidance                         string
	Retryable                                        bool
	MessageZh, SuggestionZh, MessageEn, SuggestionEn string
	CauseZh, CauseEn, Since, Withdrawn               string
}

func answerOf(c ProductCode) answer {
	category := c.Category().String()
	if c.Kind() == KindEvent {
		category = c.EventCategory().String()
	}
	return answer{
		Known: c.Known(), Name: c.Name(), Category: category, Guidance: c.Guidance().String(),
		Retryable: c.Retryable(), MessageZh: c.Message(Zh), SuggestionZh: c.Suggestion(Zh),
		MessageEn: c.Message(En), SuggestionEn: c.Suggestion(En), CauseZh: c.Cause(Zh),
		CauseEn: c.Cause(En), Since: c.Since(), Withdrawn: c.Withdrawn(),
	}
}

func answerOfRow(r *row) answer {
	return answer{
		Known: r.Known, Name: r.Name, Category: r.Category, Guidance: r.Guidance,
		Retryable: r.Retryable, MessageZh: r.MessageZh, SuggestionZh: r.SuggestionZh,
		MessageEn: r.MessageEn, SuggestionEn: r.SuggestionEn, CauseZh: r.CauseZh,
		CauseEn: r.CauseEn, Since: r.Since, Withdrawn: r.withdrawn(),
	}
}

// The fields of a Meaning, compared with the row it stands for.
func meaningMatches(t testing.TB, m Meaning, r *row) string {
	want := answerOfRow(r)
	got := answer{
		Known: true, Name: m.Name(), Category: want.Category, Guidance: m.Guidance().String(),
		Retryable: m.Retryable(), MessageZh: m.Message(Zh), SuggestionZh: m.Suggestion(Zh),
		MessageEn: m.Message(En), SuggestionEn: m.Suggestion(En), CauseZh: m.Cause(Zh),
		CauseEn: m.Cause(En), Since: m.Since(), Withdrawn: m.Withdrawn(),
	}
	s, hasSection := m.Section()
	ws, wantSection := r.section(t)
	switch {
	case got != want:
		return fmt.Sprintf("got %+v, want %+v", got, want)
	case m.Code() != r.Code || m.Product() != r.product(t) || m.Kind() != r.kind(t):
		return fmt.Sprintf("got %s", m)
	case hasSection != wantSection || s != ws:
		return fmt.Sprintf("section %v %v, want %v %v", s, hasSection, ws, wantSection)
	case answerOf(m.ProductCode()) != want:
		return fmt.Sprintf("its ProductCode %s answers %+v", m.ProductCode(), answerOf(m.ProductCode()))
	}
	return ""
}

// Every row of the oracle: the lookup qualified by the row's section (or, where the product
// has no sections, the plain one) gives exactly the row; the unqualified lookup gives the
// first row of its code unless the code is ambiguous, and then says so with every meaning.
func TestEveryProductCodeAnswersAsTheCore(t *testing.T) {
	rows := oracle(t)
	groups := byKey(rows)
	checked := map[Product]int{}
	for i := range rows {
		r := &rows[i]
		p, kind := r.product(t), r.kind(t)
		exact := p.Lookup(kind, r.Code)
		if s, ok := r.section(t); ok {
			if s.Product() != p || s.Kind() != kind {
				t.Fatalf("%v: section %s is of %s %s", r.key(), s, s.Product(), s.Kind())
			}
			exact = s.Code(r.Code)
		}
		what := exact.String()
		if got, want := answerOf(exact), answerOfRow(r); got != want {
			t.Errorf("%s (%v):\n got %+v\nwant %+v", what, r.key(), got, want)
		}
		if ms := exact.Meanings(); len(ms) != 1 || exact.Ambiguous() {
			t.Errorf("%s: %d meanings, ambiguous %v", what, len(ms), exact.Ambiguous())
		} else if d := meaningMatches(t, ms[0], r); d != "" {
			t.Errorf("%s: meaning: %s", what, d)
		}

		group := groups[r.key()]
		plain := p.Lookup(kind, r.Code)
		if plain.Ambiguous() != r.Ambiguous {
			t.Errorf("%s unqualified: ambiguous %v, the core says %v", what, plain.Ambiguous(), r.Ambiguous)
		}
		ms := plain.Meanings()
		if len(ms) != len(group) {
			t.Errorf("%s unqualified: %d meanings, the core has %d rows", what, len(ms), len(group))
		} else {
			for j := range group {
				if d := meaningMatches(t, ms[j], &group[j]); d != "" {
					t.Errorf("%s unqualified: meaning %d: %s", what, j, d)
				}
			}
		}
		if r.Ambiguous {
			ambiguousAnswers(t, plain, group)
		} else if got, want := answerOf(plain), answerOfRow(&group[0]); got != want {
			t.Errorf("%s unqualified:\n got %+v\nwant %+v", what, got, want)
		}
		checked[p]++
	}
	for _, p := range Products() {
		t.Logf("%s: %d rows", p, checked[p])
	}
}

// An unqualified lookup of an ambiguous code: known, no name, the ambiguity message (one
// sentence for every ambiguous code, no meaning's), an unknown code's suggestion, the guidance
// its meanings share or unknown, no since or withdrawn.
func ambiguousAnswers(t *testing.T, c ProductCode, group []row) {
	t.Helper()
	guidance := group[0].Guidance
	for _, r := range group {
		if r.Guidance != guidance {
			guidance = GuidanceUnknown.String()
		}
	}
	a := answerOf(c)
	if !a.Known || a.Name != "" || a.Since != "" || a.Withdrawn != "" || a.CauseZh != "" || a.Guidance != guidance {
		t.Errorf("%s ambiguous: %+v (guidance wanted %s)", c, a, guidance)
	}
	if a.Retryable != c.Guidance().Retryable() {
		t.Errorf("%s ambiguous: retryable %v", c, a.Retryable)
	}
	for _, lang := range []Lang{Zh, En} {
		if c.Message(lang) != ambiguousText[lang.index()] || c.Message(lang) == "" {
			t.Errorf("%s ambiguous: message %q", c, c.Message(lang))
		}
		for _, r := range group {
			if c.Message(lang) == r.MessageZh || c.Message(lang) == r.MessageEn {
				t.Errorf("%s ambiguous: message %q is a meaning's", c, c.Message(lang))
			}
		}
		if want := unknownSuggestion(c.Kind(), lang); c.Suggestion(lang) != want {
			t.Errorf("%s ambiguous: suggestion %q, want %q", c, c.Suggestion(lang), want)
		}
	}
	names := map[string]bool{}
	for _, r := range group {
		names[r.Name] = true
	}
	if len(names) < 2 {
		t.Errorf("%s: ambiguous, but its rows have one name", c)
	}
}

// The suggestion AI Agent's catalog gives an unknown code of kind: the tests of Code and
// EventCode hold it equal to the core's.
func unknownSuggestion(kind Kind, lang Lang) string {
	for code := uint32(1<<32 - 1); ; code-- {
		if kind == KindEvent && !EventCode(code).Known() {
			return EventCode(code).Suggestion(lang)
		}
		if kind == KindReturn && !Code(code).Known() {
			return Code(code).Suggestion(lang)
		}
	}
}

// Codes near every known code of every product and kind that the oracle does not hold, and
// codes of ZEGO's gateway range, answer as unknown with the product's generic text: for AI
// Agent exactly what Code and EventCode say, for other products the gateway's text for a
// return code in its range, else a text naming the product.
func TestUnknownProductCodes(t *testing.T) {
	rows := oracle(t)
	groups := byKey(rows)
	samples := map[key]bool{}
	for _, r := range rows {
		for _, d := range []int64{-2, -1, 1, 2, 1000} {
			if c := int64(r.Code) + d; c >= 0 && c < 1<<32 {
				samples[key{r.Product, r.Kind, uint32(c)}] = true
			}
		}
	}
	for _, p := range Products() {
		for _, k := range []Kind{KindReturn, KindEvent} {
			for _, c := range []uint32{1, gatewayFirst - 1, gatewayFirst, gatewayFirst + 12345, gatewayLast, gatewayLast + 1, 1<<31 - 1, 1 << 31, 1<<32 - 1} {
				samples[key{p.ID(), k.String(), c}] = true
			}
		}
	}
	familyText := map[key]string{}
	n := 0
	for s := range samples {
		if groups[s] != nil {
			continue
		}
		n++
		p, _ := ProductFromID(s.product)
		kind := KindReturn
		if s.kind == "event" {
			kind = KindEvent
		}
		c := p.Lookup(kind, s.code)
		a := answerOf(c)
		if a.Known || a.Name != "" || a.Guidance != "unknown" || a.Retryable || a.Since != "" ||
			a.Withdrawn != "" || a.CauseZh != "" || a.CauseEn != "" || c.Ambiguous() || c.Meanings() != nil {
			t.Errorf("%s: unknown, but %+v", c, a)
		}
		var wantCategory string
		switch {
		case kind == KindEvent && p == ProductAiAgent:
			wantCategory = EventCode(s.code).Category().String()
		case kind == KindEvent:
			wantCategory = EventCategoryUnknown.String()
		case p == ProductAiAgent || s.code == 0 || Code(s.code).Category() == CategoryCommon:
			wantCategory = Code(s.code).Category().String()
		default:
			wantCategory = CategoryBusiness.String()
		}
		if a.Category != wantCategory {
			t.Errorf("%s: category %s, want %s", c, a.Category, wantCategory)
		}
		for _, lang := range []Lang{Zh, En} {
			got := c.Message(lang)
			switch {
			case p == ProductAiAgent && kind == KindEvent:
				if got != EventCode(s.code).Message(lang) {
					t.Errorf("%s: message %q, EventCode says %q", c, got, EventCode(s.code).Message(lang))
				}
			case p == ProductAiAgent, kind == KindReturn && Code(s.code).Category() == CategoryCommon:
				if Code(s.code).Known() {
					break // AI Agent's own gateway codes: the unknown text is tried on others
				}
				if got != Code(s.code).Message(lang) {
					t.Errorf("%s: message %q, Code says %q", c, got, Code(s.code).Message(lang))
				}
			default:
				fk := key{s.product, s.kind + lang.String(), 0}
				if familyText[fk] == "" {
					familyText[fk] = got
				}
				if got != familyText[fk] || !strings.Contains(got, p.Name(lang)) {
					t.Errorf("%s: message %q, not the product's generic text %q naming %q", c, got, familyText[fk], p.Name(lang))
				}
				for _, r := range rows {
					if got == r.MessageZh || got == r.MessageEn {
						t.Errorf("%s: unknown, with the message of %s %d", c, r.Product, r.Code)
					}
				}
			}
			if want := unknownSuggestion(kind, lang); c.Suggestion(lang) != want {
				t.Errorf("%s: suggestion %q, want %q", c, c.Suggestion(lang), want)
			}
		}
	}
	t.Logf("%d unknown samples", n)
	if n == 0 {
		t.Fatal("no unknown samples")
	}
}

// Definitions lists, for every code of the oracle, exactly its rows of that kind: products in
// order, then sections.
func TestDefinitions(t *testing.T) {
	rows := oracle(t)
	type kc struct {
		kind string
		code uint32
	}
	want := map[kc][]row{}
	for _, r := range rows {
		want[kc{r.Kind, r.Code}] = append(want[kc{r.Kind, r.Code}], r)
	}
	for k, rs := range want {
		kind := rs[0].kind(t)
		got := Definitions(kind, k.code)
		if len(got) != len(rs) {
			t.Errorf("Definitions(%s, %d): %v, the core has %d rows", kind, k.code, got, len(rs))
			continue
		}
		for i := range rs {
			if d := meaningMatches(t, got[i], &rs[i]); d != "" {
				t.Errorf("Definitions(%s, %d)[%d]: %s", kind, k.code, i, d)
			}
		}
	}
	if got := Definitions(KindReturn, 1<<32-1); got != nil {
		t.Errorf("Definitions of a code nobody defines: %v", got)
	}
}

// The answers issue 26 names: RTC's 41003 without a section is ambiguous with each section's
// meaning; 3 without a product is AI Agent's answer and Definitions lists the others; ASR's
// 410001002 is ASR's entry, not AI Agent's.
func TestRequiredAnswers(t *testing.T) {
	groups := byKey(oracle(t))
	rtc, _ := ProductFromID("rtc")
	c := rtc.Code(41003)
	group := groups[key{"rtc", "return", 41003}]
	ms := c.Meanings()
	if !c.Ambiguous() || !c.Known() || c.Name() != "" || len(group) < 2 || len(ms) != len(group) {
		t.Fatalf("rtc 41003: ambiguous %v known %v name %q, %d meanings, %d rows", c.Ambiguous(), c.Known(), c.Name(), len(ms), len(group))
	}
	for i, m := range ms {
		s, ok := m.Section()
		if !ok || m.Name() != group[i].Name || s.Code(41003).Name() != m.Name() || s.Code(41003).Ambiguous() {
			t.Errorf("rtc 41003 meaning %d: %s", i, m)
		}
		if byName, ok := rtc.CodeByName(m.Name()); !ok || byName != s.Code(41003) {
			t.Errorf("rtc CodeByName(%q) = %s %v, want %s", m.Name(), byName, ok, s.Code(41003))
		}
	}
	if ms[0].Name() == ms[1].Name() {
		t.Errorf("rtc 41003: its meanings share the name %s", ms[0].Name())
	}

	if got, want := answerOf(ProductAiAgent.Code(3)), codeAnswer(Code(3)); got != want {
		t.Errorf("3: the default product answers %+v, Code(3) %+v", got, want)
	}
	defs := Definitions(KindReturn, 3)
	others := 0
	for _, m := range defs {
		if m.Product() != ProductAiAgent {
			others++
		}
	}
	if others == 0 || len(defs) != len(groups[key{"aiagent", "return", 3}])+others {
		t.Errorf("Definitions(3): %v", defs)
	}

	asr, _ := ProductFromID("asr")
	a := asr.Code(410001002)
	row := groups[key{"asr", "return", 410001002}]
	if len(row) != 1 || a.Name() != row[0].Name || a.Name() == Code(410001002).Name() || a.Message(En) == Code(410001002).Message(En) {
		t.Errorf("asr 410001002: %s %q, AI Agent's %s", a, a.Message(En), Code(410001002))
	}
}

func codeAnswer(c Code) answer {
	return answer{c.Known(), c.Name(), c.Category().String(), c.Guidance().String(), c.Retryable(),
		c.Message(Zh), c.Suggestion(Zh), c.Message(En), c.Suggestion(En), "", "", c.Since(), c.Withdrawn()}
}

// The default product's families hold AI Agent's catalog: every code Code and EventCode know
// answers the same through ProductAiAgent, and so does every edge code of the expectations.
func TestDefaultProductIsCode(t *testing.T) {
	for _, r := range load(t).codes {
		code := r.uint(t, 1)
		var got, want answer
		if r[0] == "R" {
			got, want = answerOf(ProductAiAgent.Code(code)), codeAnswer(Code(code))
		} else {
			got = answerOf(ProductAiAgent.EventCode(code))
			c := EventCode(code)
			want = answer{c.Known(), c.Name(), c.Category().String(), c.Guidance().String(), c.Retryable(),
				c.Message(Zh), c.Suggestion(Zh), c.Message(En), c.Suggestion(En), "", "", c.Since(), c.Withdrawn()}
		}
		if got != want {
			t.Errorf("%s %d: ProductAiAgent answers\n %+v\nwant %+v", r[0], code, got, want)
		}
	}
}

// CheckProduct for every row's unqualified lookup: nil for 0, else an *Error naming its
// product whose guidance is the lookup's, matched by its sentinel and no other; for the
// default product the same error as Check.
func TestCheckProduct(t *testing.T) {
	for _, r := range oracle(t) {
		if r.Kind != "return" {
			continue
		}
		p := r.product(t)
		c := p.Code(r.Code)
		message, requestID := "message "+r.Product, "request-"+r.Product
		err := CheckProduct(p, r.Code, message, requestID)
		if r.Code == 0 {
			if err != nil {
				t.Errorf("CheckProduct(%s, 0) = %v", p, err)
			}
			continue
		}
		var z *Error
		if !errors.As(fmt.Errorf("wrapped: %w", err), &z) || z.Product != p || uint32(z.Code) != r.Code ||
			z.Message != message || z.RequestID != requestID || z.ProductCode() != c {
			t.Fatalf("CheckProduct(%s, %d): %#v", p, r.Code, err)
		}
		if z.Guidance() != c.Guidance() || z.Retryable() != c.Retryable() {
			t.Errorf("CheckProduct(%s, %d): guidance %s, the lookup's %s", p, r.Code, z.Guidance(), c.Guidance())
		}
		for g, s := range sentinels {
			if errors.Is(err, s) != (Guidance(g) == c.Guidance()) {
				t.Errorf("CheckProduct(%s, %d): errors.Is(err, sentinel of %s) = %v", p, r.Code, Guidance(g), !(Guidance(g) == c.Guidance()))
			}
		}
		text := err.Error()
		parts := []string{fmt.Sprint(r.Code), c.Name(), message, requestID}
		if p != ProductAiAgent {
			parts = append(parts, "zegocodes: "+p.ID()+" ")
		} else if want := Check(r.Code, message, requestID).Error(); text != want {
			t.Errorf("CheckProduct(%s, %d) = %q, Check %q", p, r.Code, text, want)
		}
		for _, part := range parts {
			if !strings.Contains(text, part) {
				t.Errorf("CheckProduct(%s, %d).Error() = %q lacks %q", p, r.Code, text, part)
			}
		}
		if bare := CheckProduct(p, r.Code, "", "").Error(); !strings.HasSuffix(bare, ": "+c.Message(En)) {
			t.Errorf("CheckProduct(%s, %d, \"\", \"\") = %q, without %q", p, r.Code, bare, c.Message(En))
		}
	}
	var z *Error
	if err := CheckProduct(Product(200), 7, "", ""); !errors.As(err, &z) || !errors.Is(err, ErrUnknownCode) ||
		!strings.Contains(err.Error(), "Product(200)") {
		t.Errorf("CheckProduct(Product(200), 7) = %v", err)
	}
}

// Products, their ids, names, hosts and sections.
func TestProducts(t *testing.T) {
	rows := oracle(t)
	ids := map[string]bool{}
	for _, r := range rows {
		ids[r.Product] = true
	}
	all := Products()
	if len(all) != len(productData) || all[0] != ProductAiAgent || ProductAiAgent != Product(0) {
		t.Fatalf("Products() = %v", all)
	}
	names := map[string]bool{}
	for i, p := range all {
		if p != Product(i) || !p.Valid() || p.String() != p.ID() {
			t.Errorf("product %d: %v %q", i, p.Valid(), p)
		}
		if q, ok := ProductFromID(p.ID()); !ok || q != p {
			t.Errorf("ProductFromID(%q) = %v %v", p.ID(), q, ok)
		}
		if _, ok := ProductFromID(strings.ToUpper(p.ID())); ok {
			t.Errorf("ProductFromID(%q) matched an id in the wrong case", strings.ToUpper(p.ID()))
		}
		delete(ids, p.ID())
		for _, lang := range []Lang{Zh, En} {
			if p.Name(lang) == "" || names[p.Name(lang)+lang.String()] {
				t.Errorf("%s: name %q in %s", p, p.Name(lang), lang)
			}
			names[p.Name(lang)+lang.String()] = true
		}
		for _, h := range p.Hosts() {
			label, rest, _ := strings.Cut(h, ".")
			for _, host := range []string{h, strings.ToUpper(h), h + ".", h + ":443", label + "-sha." + rest, label + "-sha." + rest + ":8080"} {
				if q, ok := ProductFromHost(host); !ok || q != p {
					t.Errorf("ProductFromHost(%q) = %v %v, want %s", host, q, ok, p)
				}
			}
			for _, host := range []string{"x" + h, label + "x." + rest, label + "-." + rest, label + "." + rest + ".evil", "a." + h} {
				if q, ok := ProductFromHost(host); ok {
					t.Errorf("ProductFromHost(%q) = %s", host, q)
				}
			}
		}
		if hosts := p.Hosts(); len(hosts) > 0 {
			hosts[0] = "changed" // a copy: the tables stay as they are
			if p.Hosts()[0] == "changed" {
				t.Errorf("%s: Hosts gives the table itself", p)
			}
		}
		for _, s := range p.Sections() {
			if s.Product() != p || !s.Valid() {
				t.Errorf("%s: section %s of %s", p, s, s.Product())
			}
			if q, ok := p.Section(s.ID()); !ok || q != s || s.String() != p.ID()+"/"+s.ID() || s.Title(Zh) == "" || s.Title(En) == "" {
				t.Errorf("%s: section %q: %v %v %q", p, s.ID(), q, ok, s.Title(En))
			}
		}
		if _, ok := p.Section("no_such_section"); ok {
			t.Errorf("%s has a section no_such_section", p)
		}
	}
	if len(ids) != 0 {
		t.Errorf("the oracle's products %v are not Products", ids)
	}
	n := 0
	for _, p := range all {
		n += len(p.Sections())
	}
	if n != len(Sections()) {
		t.Errorf("products have %d sections, Sections() %d", n, len(Sections()))
	}
	for _, host := range []string{"", ".", ":", "zego.im", "api.zego.im"} {
		if q, ok := ProductFromHost(host); ok {
			t.Errorf("ProductFromHost(%q) = %s", host, q)
		}
	}
}

// Values outside the enums, an unknown id, and the zero Meaning: clear answers, no panic.
func TestProductBadInput(t *testing.T) {
	for _, id := range []string{"", "nope", " rtc", "rtc ", "Rtc", "ai_agent"} {
		if p, ok := ProductFromID(id); ok || p != 0 {
			t.Errorf("ProductFromID(%q) = %v %v", id, p, ok)
		}
	}
	bad := Product(len(productData))
	for _, p := range []Product{bad, 200, 255} {
		if p.Valid() || p.ID() != "" || p.Name(En) != "" || p.Hosts() != nil || p.Sections() != nil ||
			p.String() != fmt.Sprintf("Product(%d)", uint8(p)) || p.Meanings(KindReturn) != nil {
			t.Errorf("%d: %v %q %q", uint8(p), p.Valid(), p.ID(), p)
		}
		for _, c := range []ProductCode{p.Code(0), p.Code(3), p.EventCode(1001), p.Code(1<<32 - 1)} {
			a := answerOf(c)
			if a.Known || a.Name != "" || a.Guidance != "unknown" || a.MessageEn == "" || a.MessageZh == "" || c.Meanings() != nil {
				t.Errorf("%s: %+v", c, a)
			}
		}
		if _, ok := p.CodeByName("SUCCESS"); ok {
			t.Errorf("%d has a code SUCCESS", uint8(p))
		}
	}
	badSection := Section(len(sectionData))
	if badSection.Valid() || badSection.ID() != "" || badSection.Title(En) != "" || badSection.Product().Valid() ||
		badSection.String() != fmt.Sprintf("Section(%d)", len(sectionData)) || badSection.Code(0).Known() {
		t.Errorf("%s: %v %s", badSection, badSection.Valid(), badSection.Product())
	}
	// A section of another product or kind qualifies nothing.
	for _, s := range Sections() {
		for _, p := range Products() {
			if p == s.Product() {
				continue
			}
			for _, m := range p.Meanings(s.Kind()) {
				if c := p.Lookup(s.Kind(), m.Code()) | ProductCode(s+1)<<sectionShift; c.Known() {
					t.Fatalf("%s qualified by %s is known", c, s)
				}
			}
		}
	}
	var m Meaning
	if m.Name() != "" || m.Code() != 0 || m.Guidance() != GuidanceUnknown || m.Product().Valid() || m.String() != "Meaning(none)" || m.ProductCode().Known() {
		t.Errorf("the zero Meaning: %s %s", m, m.Product())
	}
	if _, ok := m.Section(); ok {
		t.Error("the zero Meaning has a section")
	}
	if Kind(5).String() != "Kind(5)" || KindReturn.String() != "return" || KindEvent.String() != "event" {
		t.Errorf("kinds: %s %s %s", Kind(5), KindReturn, KindEvent)
	}
	if p := ProductAiAgent.Lookup(Kind(3), 1); p.Kind() != KindEvent {
		t.Errorf("Lookup with Kind(3): %s", p)
	}
	for _, c := range []ProductCode{ProductAiAgent.Code(410001002), ProductAiAgent.Code(7)} {
		if c.Message(Lang(9)) != c.Message(Zh) {
			t.Errorf("%s: a Lang other than En does not read as Zh", c)
		}
	}
}

// The generated constants: Product<Words> for each product, Section<Product><Section> for
// each section, and <ProductWords>_<Name> / <ProductWords>_Event<Name> for each name of each
// product's codes, whose lookup answers that name (qualified by section where the code is
// ambiguous) and is what CodeByName gives. Read by type-checking the package.
func TestProductConstants(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, f := range pkgs["zegocodes"].Files {
		files = append(files, f)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("zegocodes", fset, files, nil)
	if err != nil {
		t.Fatal(err)
	}
	values := map[string]map[string]uint64{"Product": {}, "Section": {}, "ProductCode": {}}
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok {
			continue
		}
		named, ok := c.Type().(*types.Named)
		if !ok || values[named.Obj().Name()] == nil || !ast.IsExported(name) {
			continue
		}
		v, exact := constant.Uint64Val(c.Val())
		if !exact {
			t.Fatalf("%s = %s", name, c.Val())
		}
		values[named.Obj().Name()][name] = v
	}
	camel := func(id string) string {
		words := strings.Split(id, "_")
		for i, w := range words {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
		return strings.Join(words, "")
	}
	// A product's constant is Product and its words capitalised (data/products.toml: ai_agent
	// for aiagent): the same letters as its id.
	fold := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", "")) }
	words := map[Product]string{}
	for ident, v := range values["Product"] {
		if p := Product(v); fold(ident) == fold("Product"+p.ID()) {
			words[p] = strings.TrimPrefix(ident, "Product")
		}
	}
	for _, p := range Products() {
		if _, ok := words[p]; !ok {
			t.Errorf("no constant Product%s = %d", camel(p.ID()), p)
		}
		for _, s := range p.Sections() {
			if v, ok := values["Section"]["Section"+words[p]+camel(s.ID())]; !ok || Section(v) != s {
				t.Errorf("no constant Section%s%s = %d", words[p], camel(s.ID()), s)
			}
		}
	}
	if len(values["Product"]) != len(productData) || len(values["Section"]) != len(sectionData) {
		t.Errorf("%d Product and %d Section constants", len(values["Product"]), len(values["Section"]))
	}
	names := map[string]bool{}
	for _, r := range oracle(t) {
		p, kind := r.product(t), r.kind(t)
		prefix := words[p] + "_"
		if kind == KindEvent {
			prefix += "Event"
		}
		if names[prefix+r.Name] {
			continue
		}
		names[prefix+r.Name] = true
		var found []string
		for ident, v := range values["ProductCode"] {
			if strings.HasPrefix(ident, words[p]+"_") && fold(ident) == fold(prefix+r.Name) {
				found = append(found, ident)
				c := ProductCode(v)
				if c.Product() != p || c.Kind() != kind || c.Name() != r.Name || !c.Known() {
					t.Errorf("%s = %s answers %q", ident, c, c.Name())
				}
				if byName, ok := p.byName(kind, r.Name); !ok || byName != c {
					t.Errorf("%s = %s, by name %s", ident, c, byName)
				}
				if _, qualified := c.Section(); qualified != r.Ambiguous {
					t.Errorf("%s = %s: qualified %v, ambiguous %v", ident, c, qualified, r.Ambiguous)
				}
			}
		}
		if len(found) != 1 {
			t.Errorf("%s %s %s: constants %v", r.Product, r.Kind, r.Name, found)
		}
	}
	if len(values["ProductCode"]) != len(names) {
		t.Errorf("%d ProductCode constants, %d names", len(values["ProductCode"]), len(names))
	}
}

// Lookups allocate nothing.
func TestProductLookupsAllocateNothing(t *testing.T) {
	rtc, _ := ProductFromID("rtc")
	codes := []ProductCode{rtc.Code(41003), rtc.Code(0), rtc.Code(12345678), ProductAiAgent.Code(410001002), ProductAiAgent.EventCode(2201)}
	for _, s := range rtc.Sections() {
		codes = append(codes, s.Code(41003), s.Code(0))
	}
	n := testing.AllocsPerRun(100, func() {
		for _, c := range codes {
			sink += len(c.Message(En)) + len(c.Suggestion(Zh)) + len(c.Name()) + len(c.Since()) + len(c.Withdrawn()) + len(c.Cause(En))
			if c.Known() && c.Ambiguous() {
				sink += int(c.Guidance()) + int(c.Category()) + int(c.EventCategory())
			}
		}
	})
	if n != 0 {
		t.Errorf("%v allocations per round of lookups", n)
	}
}

// Eight goroutines answer every row of the oracle at once (make test-go runs this under -race).
func TestConcurrentProductLookups(t *testing.T) {
	rows := oracle(t)
	const goroutines, rounds = 8, 10
	done := make(chan string, goroutines)
	for i := 0; i < goroutines; i++ {
		go func(offset int) {
			for round := 0; round < rounds; round++ {
				for j := range rows {
					r := &rows[(j+offset*7)%len(rows)]
					c := r.product(t).Lookup(r.kind(t), r.Code)
					if s, ok := r.section(t); ok {
						c = s.Code(r.Code)
					}
					if answerOf(c) != answerOfRow(r) {
						done <- c.String()
						return
					}
				}
			}
			done <- ""
		}(i)
	}
	for i := 0; i < goroutines; i++ {
		if d := <-done; d != "" {
			t.Errorf("%s: a different answer under concurrency", d)
		}
	}
}
