package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import zegocodes.Guidance;
import zegocodes.Kind;
import zegocodes.Lang;
import zegocodes.Meaning;
import zegocodes.Product;
import zegocodes.ProductCode;
import zegocodes.RtcCode;
import zegocodes.Section;
import zegocodes.ZegoCode;
import zegocodes.ZegoCodes;
import zegocodes.ZegoException;

/**
 * Every product's codes against the oracle built from the core (Oracle): every row looked up
 * by its section and without one, the core's answers to unqualified, ambiguous and unknown
 * lookups, who defines each number, the per-product enums, check() and bad input.
 */
class ProductTest {
    private final Oracle o = Oracle.get();

    static Kind kind(String value) {
        for (Kind k : Kind.values()) {
            if (k.getValue().equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException(value);
    }

    static Guidance guidance(String value) {
        for (Guidance g : Guidance.values()) {
            if (g.getValue().equals(value)) {
                return g;
            }
        }
        throw new IllegalArgumentException(value);
    }

    static String category(ProductCode c) {
        return c.getKind() == Kind.RETURN ? c.getCategory().getValue() : c.getEventCategory().getValue();
    }

    static String category(Meaning m) {
        return m.getKind() == Kind.RETURN ? m.getCategory().getValue() : m.getEventCategory().getValue();
    }

    /** The rows grouped by product, kind and code, in the oracle's order. */
    private Map<String, List<Oracle.Row>> groups() {
        Map<String, List<Oracle.Row>> out = new LinkedHashMap<>();
        for (Oracle.Row r : o.rows) {
            out.computeIfAbsent(r.str("product") + " " + r.str("kind") + " " + r.num("code"), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static void assertMeaning(Oracle.Row r, Meaning m) {
        String at = r.toString();
        assertEquals(r.str("product"), m.getProduct().getId(), at);
        assertEquals(r.str("kind"), m.getKind().getValue(), at);
        assertEquals(r.fields.get("section"), m.getSection() == null ? null : m.getSection().getId(), at);
        assertEquals(r.num("code"), m.getCode(), at);
        assertEquals(r.str("name"), m.getName(), at);
        assertEquals(r.str("message_zh"), m.getMessage(), at);
        assertEquals(r.str("message_en"), m.getMessage(Lang.EN), at);
        assertEquals(r.str("suggestion_zh"), m.getSuggestion(), at);
        assertEquals(r.str("suggestion_en"), m.getSuggestion(Lang.EN), at);
        assertEquals(r.str("cause_zh"), m.getCause(), at);
        assertEquals(r.str("cause_en"), m.getCause(Lang.EN), at);
        assertSame(guidance(r.str("guidance")), m.getGuidance(), at);
        assertEquals(r.bool("retryable"), m.isRetryable(), at);
        assertEquals(r.str("category"), category(m), at);
        assertEquals(r.fields.get("since"), m.getSince(), at);
        assertEquals(r.fields.get("withdrawn"), m.getWithdrawn(), at);
        assertEquals(r.bool("ambiguous"), m.isAmbiguous(), at);
    }

    /** A lookup that answers with row {@code r}'s entry. */
    private static void assertAnswers(Oracle.Row r, ProductCode c) {
        String at = r.toString();
        assertTrue(c.isKnown(), at);
        assertFalse(c.isAmbiguous(), at);
        assertEquals(r.num("code"), c.getCode(), at);
        assertEquals(r.str("product"), c.getProduct().getId(), at);
        assertEquals(r.str("kind"), c.getKind().getValue(), at);
        assertEquals(r.str("name"), c.getName(), at);
        assertEquals(r.str("message_zh"), c.getMessage(), at);
        assertEquals(r.str("message_zh"), c.getMessage(Lang.ZH), at);
        assertEquals(r.str("message_en"), c.getMessage(Lang.EN), at);
        assertEquals(r.str("suggestion_zh"), c.getSuggestion(), at);
        assertEquals(r.str("suggestion_en"), c.getSuggestion(Lang.EN), at);
        assertEquals(r.str("cause_zh"), c.getCause(), at);
        assertEquals(r.str("cause_en"), c.getCause(Lang.EN), at);
        assertSame(guidance(r.str("guidance")), c.getGuidance(), at);
        assertEquals(r.bool("retryable"), c.isRetryable(), at);
        assertEquals(r.str("category"), category(c), at);
        assertEquals(r.fields.get("since"), c.getSince(), at);
        assertEquals(r.fields.get("withdrawn"), c.getWithdrawn(), at);
        assertMeaning(r, c.getMeaning());
    }

    @Test
    void everyRowAnswersExactlyByItsSection() {
        assertFalse(o.rows.isEmpty(), "the oracle is empty");
        for (Oracle.Row r : o.rows) {
            Product p = Product.fromId(r.str("product"));
            Kind k = kind(r.str("kind"));
            String section = (String) r.need("section");
            ProductCode c;
            if (section != null) {
                Section s = Section.fromId(p, section);
                assertSame(p, s.getProduct(), r.toString());
                assertSame(k, s.getKind(), r.toString());
                c = ZegoCodes.lookup(s, r.num("code"));
                assertSame(s, c.getSection(), r.toString());
                assertEquals(1, c.getMeanings().length, r.toString());
            } else {
                c = ZegoCodes.lookup(p, k, r.num("code"));
            }
            assertAnswers(r, c);
            assertEquals(r.bool("ambiguous"), ZegoCodes.lookup(p, k, r.num("code")).isAmbiguous(), r.toString());
            assertTrue(r.bool("known"), r.toString());
        }
    }

    @Test
    void withoutASectionTheFirstRowAnswersOrTheLookupSaysItIsAmbiguous() {
        for (List<Oracle.Row> rows : groups().values()) {
            Oracle.Row first = rows.get(0);
            Product p = Product.fromId(first.str("product"));
            Kind k = kind(first.str("kind"));
            long code = first.num("code");
            ProductCode c = ZegoCodes.lookup(p, k, code);
            String at = first.toString();
            assertNull(c.getSection(), at);
            Meaning[] meanings = c.getMeanings();
            assertEquals(rows.size(), meanings.length, at);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                assertMeaning(rows.get(i), meanings[i]);
                names.add(rows.get(i).str("name"));
            }
            assertEquals(names.size() > 1, c.isAmbiguous(), at);
            if (!c.isAmbiguous()) {
                assertAnswers(first, c);
                continue;
            }
            assertTrue(c.isKnown(), at);
            assertNull(c.getName(), at);
            assertNull(c.getMeaning(), at);
            assertNull(c.getSince(), at);
            assertNull(c.getWithdrawn(), at);
            assertEquals("", c.getCause(Lang.EN), at);
            for (Oracle.Row r : rows) {
                assertNotEquals(r.str("message_en"), c.getMessage(Lang.EN), at);
            }
        }
    }

    /** Every unqualified lookup the core answered (known, ambiguous and unknown codes), flat methods too. */
    @Test
    void everyAnswerOfTheCore() {
        assertFalse(o.answers.isEmpty(), "no answers from the core");
        for (Oracle.Answer a : o.answers) {
            String at = a.toString();
            Product p = Product.fromId(a.product);
            Kind k = kind(a.kind);
            ProductCode c = k == Kind.RETURN ? ZegoCodes.lookup(p, a.code) : ZegoCodes.lookupEvent(p, a.code);
            assertEquals(c, ZegoCodes.lookup(p, k, a.code), at);
            assertEquals(a.known, c.isKnown(), at);
            assertEquals(a.ambiguous, c.isAmbiguous(), at);
            assertEquals(a.name, c.getName(), at);
            assertEquals(a.category, category(c), at);
            assertSame(guidance(a.guidance), c.getGuidance(), at);
            assertEquals(a.retryable, c.isRetryable(), at);
            assertEquals(a.messageZh, c.getMessage(), at);
            assertEquals(a.messageEn, c.getMessage(Lang.EN), at);
            assertEquals(a.suggestionZh, c.getSuggestion(), at);
            assertEquals(a.suggestionEn, c.getSuggestion(Lang.EN), at);
            assertEquals(a.since, c.getSince(), at);
            assertEquals(a.withdrawn, c.getWithdrawn(), at);
            List<String> meanings = new ArrayList<>();
            for (Meaning m : c.getMeanings()) {
                meanings.add((m.getSection() == null ? "" : m.getSection().getId()) + "/" + m.getName());
            }
            assertEquals(a.meanings, meanings, at);
            if (!a.known) {
                assertEquals(Guidance.UNKNOWN, c.getGuidance(), at);
                assertNull(c.getMeaning(), at);
            }
            if (k == Kind.RETURN) {
                assertEquals(a.messageZh, ZegoCodes.message(p, a.code), at);
                assertEquals(a.messageEn, ZegoCodes.message(p, a.code, Lang.EN), at);
                assertEquals(a.suggestionZh, ZegoCodes.suggestion(p, a.code), at);
                assertEquals(a.suggestionEn, ZegoCodes.suggestion(p, a.code, Lang.EN), at);
                assertEquals(a.name, ZegoCodes.name(p, a.code), at);
                assertEquals(a.known, ZegoCodes.isKnown(p, a.code), at);
                assertEquals(a.ambiguous, ZegoCodes.isAmbiguous(p, a.code), at);
                assertSame(guidance(a.guidance), ZegoCodes.guidance(p, a.code), at);
                assertEquals(a.retryable, ZegoCodes.isRetryable(p, a.code), at);
                assertEquals(a.category, ZegoCodes.category(p, a.code).getValue(), at);
                if (p == Product.DEFAULT) { // the methods without a product answer for it, as before
                    assertEquals(a.messageEn, ZegoCodes.message(a.code, Lang.EN), at);
                    assertEquals(a.suggestionZh, ZegoCodes.suggestion(a.code), at);
                    assertEquals(a.name, ZegoCodes.name(a.code), at);
                    assertSame(ZegoCodes.guidance(a.code), ZegoCodes.guidance(p, a.code), at);
                    assertSame(ZegoCodes.category(a.code), ZegoCodes.category(p, a.code), at);
                }
            } else {
                assertEquals(a.messageZh, ZegoCodes.eventMessage(p, a.code), at);
                assertEquals(a.messageEn, ZegoCodes.eventMessage(p, a.code, Lang.EN), at);
                assertEquals(a.suggestionZh, ZegoCodes.eventSuggestion(p, a.code), at);
                assertEquals(a.suggestionEn, ZegoCodes.eventSuggestion(p, a.code, Lang.EN), at);
                assertEquals(a.name, ZegoCodes.eventName(p, a.code), at);
                assertEquals(a.known, ZegoCodes.eventIsKnown(p, a.code), at);
                assertSame(guidance(a.guidance), ZegoCodes.eventGuidance(p, a.code), at);
                assertEquals(a.retryable, ZegoCodes.eventIsRetryable(p, a.code), at);
                assertEquals(a.category, ZegoCodes.eventCategory(p, a.code).getValue(), at);
                if (p == Product.DEFAULT) {
                    assertEquals(a.messageEn, ZegoCodes.eventMessage(a.code, Lang.EN), at);
                    assertEquals(a.name, ZegoCodes.eventName(a.code), at);
                }
            }
        }
    }

    /**
     * Unknown codes near every known one of each product and kind (and the extremes), derived
     * here from the oracle: unknown in Java, and the core answered each (so the answers file
     * covers what the oracle implies, and everyAnswerOfTheCore checked the texts).
     */
    @Test
    void unknownCodesNearKnownOnesGetTheProductsGenericText() {
        Map<String, Oracle.Answer> answered = new HashMap<>();
        for (Oracle.Answer a : o.answers) {
            answered.put(a.product + " " + a.kind + " " + a.code, a);
        }
        int checked = 0;
        for (Product p : Product.values()) {
            for (Kind k : Kind.values()) {
                Set<Long> known = new TreeSet<>();
                for (Oracle.Row r : o.rows) {
                    if (r.str("product").equals(p.getId()) && r.str("kind").equals(k.getValue())) {
                        known.add(r.num("code"));
                    }
                }
                assertEquals(!known.isEmpty(), p.hasCodes(k), p + " " + k);
                Set<Long> samples = new TreeSet<>();
                samples.add(0L);
                samples.add(0xFFFFFFFFL);
                for (long c : known) {
                    samples.add(c - 1);
                    samples.add(c + 1);
                }
                for (long c : samples) {
                    if (c < 0 || c > 0xFFFFFFFFL || known.contains(c)) {
                        continue;
                    }
                    String at = p.getId() + " " + k.getValue() + " " + c;
                    ProductCode l = ZegoCodes.lookup(p, k, c);
                    assertFalse(l.isKnown(), at);
                    assertFalse(l.isAmbiguous(), at);
                    assertNull(l.getName(), at);
                    assertSame(Guidance.UNKNOWN, l.getGuidance(), at);
                    assertEquals(0, l.getMeanings().length, at);
                    Oracle.Answer a = answered.get(at);
                    assertNotNull(a, "the core's answers lack " + at);
                    assertEquals(a.messageEn, l.getMessage(Lang.EN), at);
                    assertEquals(a.messageZh, l.getMessage(Lang.ZH), at);
                    assertEquals(a.suggestionEn, l.getSuggestion(Lang.EN), at);
                    checked++;
                }
            }
        }
        assertTrue(checked > 0);
    }

    @Test
    void whoDefinesANumber() {
        assertFalse(o.definitions.isEmpty());
        for (Map.Entry<String, List<String>> d : o.definitions.entrySet()) {
            String[] key = d.getKey().split(" ");
            List<String> got = new ArrayList<>();
            for (Meaning m : ZegoCodes.definitions(kind(key[0]), Long.parseLong(key[1]))) {
                got.add(m.getProduct().getId() + "/" + (m.getSection() == null ? "" : m.getSection().getId()) + "/" + m.getName());
            }
            assertEquals(d.getValue(), got, d.getKey());
            if (key[0].equals("return")) {
                assertEquals(got.size(), ZegoCodes.definitions(Long.parseLong(key[1])).length);
            }
        }
        for (Oracle.Answer a : o.answers) {
            if (!o.definitions.containsKey(a.kind + " " + a.code)) {
                assertEquals(0, ZegoCodes.definitions(kind(a.kind), a.code).length, a.toString());
            }
        }
    }

    /** The three answers issue 26 names: 41003 in RTC, 3 without a product, 410001002 in ASR. */
    @Test
    void rtc41003IsAmbiguousWithEachSectionsMeaning() {
        List<Oracle.Row> rows = o.rows("rtc", "return", 41003);
        ProductCode c = ZegoCodes.lookup(Product.RTC, 41003);
        assertTrue(c.isAmbiguous());
        assertTrue(c.isKnown());
        assertNull(c.getName());
        Meaning[] meanings = c.getMeanings();
        assertTrue(meanings.length >= 2, "two meanings at least");
        assertEquals(rows.size(), meanings.length);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < meanings.length; i++) {
            assertMeaning(rows.get(i), meanings[i]);
            names.add(meanings[i].getName());
            ProductCode exact = ZegoCodes.lookup(meanings[i].getSection(), 41003);
            assertFalse(exact.isAmbiguous());
            assertEquals(meanings[i].getName(), exact.getName());
            assertEquals(exact, meanings[i].lookup());
        }
        assertEquals(meanings.length, names.size(), "each section names it differently");
        assertNull(RtcCode.resolve(41003));
        assertThrows(IllegalArgumentException.class, () -> RtcCode.valueOf(41003L));
        assertNull(ZegoCodes.name(Product.RTC, 41003));
    }

    @Test
    void threeWithoutAProductIsAiAgentsAndDefinitionsListTheOthers() {
        for (Lang lang : Lang.values()) {
            assertEquals(ZegoCodes.lookup(Product.DEFAULT, 3).getMessage(lang), ZegoCodes.message(3, lang));
            assertEquals(ZegoCodes.suggestion(Product.DEFAULT, 3, lang), ZegoCodes.suggestion(3, lang));
        }
        assertEquals(ZegoCodes.name(Product.DEFAULT, 3), ZegoCodes.name(3));
        assertEquals(ZegoCodes.isKnown(Product.DEFAULT, 3), ZegoCodes.isKnown(3));
        List<String> others = new ArrayList<>();
        for (Oracle.Row r : o.rows) {
            if (r.num("code") == 3 && r.str("kind").equals("return")) {
                others.add(r.str("product") + "/" + r.fields.get("section") + "/" + r.str("name"));
            }
        }
        List<String> got = new ArrayList<>();
        for (Meaning m : ZegoCodes.definitions(3)) {
            got.add(m.getProduct().getId() + "/" + (m.getSection() == null ? null : m.getSection().getId()) + "/" + m.getName());
        }
        assertEquals(others, got);
        assertTrue(got.size() > 1, "other products define 3");
    }

    @Test
    void asr410001002IsAsrsNotAiAgents() {
        List<Oracle.Row> rows = o.rows("asr", "return", 410001002);
        assertEquals(1, rows.size(), "ASR's page defines 410001002");
        assertAnswers(rows.get(0), ZegoCodes.lookup(Product.ASR, 410001002));
        assertEquals(rows.get(0).str("name"), ZegoCodes.name(Product.ASR, 410001002));
        assertNotEquals(ZegoCodes.name(410001002), ZegoCodes.name(Product.ASR, 410001002));
        assertNotEquals(ZegoCodes.message(410001002, Lang.EN), ZegoCodes.message(Product.ASR, 410001002, Lang.EN));
    }

    /** The class of a product's enum of one kind: {@code RtcCode}, {@code AsrEventCode}. */
    static String enumName(Product p, Kind k) {
        StringBuilder camel = new StringBuilder();
        for (String w : p.getId().split("_")) {
            camel.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return "zegocodes." + camel + (k == Kind.RETURN ? "Code" : "EventCode");
    }

    @Test
    void everyProductsEnumHasOneConstantPerName() throws ReflectiveOperationException {
        for (Product p : Product.values()) {
            for (Kind k : Kind.values()) {
                Map<String, Oracle.Row> first = new LinkedHashMap<>();
                for (Oracle.Row r : o.rows) {
                    if (r.str("product").equals(p.getId()) && r.str("kind").equals(k.getValue())) {
                        first.putIfAbsent(r.str("name"), r);
                    }
                }
                if (p == Product.DEFAULT) {
                    continue; // ZegoCode and ZegoEventCode, tested by CatalogTest
                }
                Class<?> type;
                try {
                    type = Class.forName(enumName(p, k));
                } catch (ClassNotFoundException e) {
                    assertTrue(first.isEmpty(), enumName(p, k) + " is missing");
                    continue;
                }
                Object[] constants = type.getEnumConstants();
                List<String> names = new ArrayList<>();
                for (Object c : constants) {
                    String name = ((Enum<?>) c).name();
                    names.add(name);
                    Oracle.Row r = first.get(name);
                    assertNotNull(r, type + "." + name);
                    Meaning m = (Meaning) type.getMethod("getMeaning").invoke(c);
                    assertMeaning(r, m);
                    assertEquals(r.num("code"), type.getMethod("getCode").invoke(c));
                    assertSame(p, type.getMethod("getProduct").invoke(c));
                    assertSame(m.getSection(), type.getMethod("getSection").invoke(c));
                    ProductCode l = (ProductCode) type.getMethod("lookup").invoke(c);
                    assertEquals(name, l.getName());
                    assertEquals(r.bool("ambiguous"), l.getSection() != null, name);
                    Object resolved = type.getMethod("resolve", long.class).invoke(null, r.num("code"));
                    if (r.bool("ambiguous")) {
                        assertNull(resolved, name);
                        try {
                            type.getMethod("valueOf", long.class).invoke(null, r.num("code"));
                            fail("valueOf of ambiguous " + name);
                        } catch (InvocationTargetException e) {
                            assertTrue(e.getCause() instanceof IllegalArgumentException, name);
                        }
                    } else {
                        assertSame(c, resolved, name);
                        assertSame(c, type.getMethod("valueOf", long.class).invoke(null, r.num("code")));
                    }
                }
                assertEquals(new ArrayList<>(first.keySet()), names, type.getName());
            }
        }
        for (ZegoCode c : ZegoCode.values()) {
            assertEquals(c.name(), ZegoCodes.name(Product.DEFAULT, c.getCode()));
        }
    }

    @Test
    void checkThrowsTheGuidancesClassNamingTheProduct() {
        for (List<Oracle.Row> rows : groups().values()) {
            Oracle.Row r = rows.get(0);
            if (!r.str("kind").equals("return")) {
                continue;
            }
            Product p = Product.fromId(r.str("product"));
            long code = r.num("code");
            if (code == 0) {
                ZegoCodes.check(p, 0, "ignored", "r");
                ZegoCodes.check(p, 0, null, null, Lang.EN);
                continue;
            }
            ProductCode c = ZegoCodes.lookup(p, code);
            ZegoException e = assertThrows(ZegoException.class, () -> ZegoCodes.check(p, code, null, "req-1"));
            String at = r.toString();
            assertSame(CheckTest.CLASS.get(c.getGuidance()), e.getClass(), at);
            assertSame(p, e.getProduct(), at);
            assertEquals(code, e.getCode(), at);
            assertEquals(c.getName(), e.getCodeName(), at);
            assertEquals(c.getMessage(), e.getMessage(), at);
            assertEquals(c.getSuggestion(), e.getSuggestion(), at);
            assertSame(c.getGuidance(), e.getGuidance(), at);
            assertEquals("req-1", e.getRequestId(), at);
            assertTrue(e.toString().contains(code + ""), e.toString());
            assertEquals(p != Product.DEFAULT, e.toString().contains(": " + p.getId() + " " + code), e.toString());
            ZegoException en = assertThrows(ZegoException.class, () -> ZegoCodes.check(p, code, "", null, Lang.EN));
            assertEquals(c.getMessage(Lang.EN), en.getMessage(), at);
            ZegoException server = assertThrows(ZegoException.class, () -> ZegoCodes.check(p, code, "from server", "r"));
            assertEquals("from server", server.getMessage(), at);
        }
        // An unknown code of a product throws UnknownCodeException naming it.
        for (Oracle.Answer a : o.answers) {
            if (!a.known && a.kind.equals("return") && a.code != 0) {
                Product p = Product.fromId(a.product);
                ZegoException e = assertThrows(ZegoException.class, () -> ZegoCodes.check(p, a.code, null, null, Lang.EN));
                assertSame(CheckTest.CLASS.get(Guidance.UNKNOWN), e.getClass(), a.toString());
                assertEquals(a.messageEn, e.getMessage(), a.toString());
                assertSame(p, e.getProduct());
            }
        }
        // The exceptions of today's check name the default product.
        ZegoException old = assertThrows(ZegoException.class, () -> ZegoCodes.check(ZegoCode.values()[1].getCode(), null, null));
        assertSame(Product.DEFAULT, old.getProduct());
    }

    @Test
    void productsSectionsAndHosts() {
        Set<String> ids = new HashSet<>();
        for (Product p : Product.values()) {
            assertTrue(ids.add(p.getId()), p.getId());
            assertSame(p, Product.fromId(p.getId()));
            assertEquals(p.getName(), p.getName(Lang.ZH));
            assertFalse(p.getName(Lang.EN).isEmpty());
            for (String host : p.getHosts()) {
                assertSame(p, Product.fromHost(host), host);
                assertSame(p, Product.fromHost(host.toUpperCase(Locale.ROOT) + ":443"), host);
                assertSame(p, Product.fromHost(host + "."), host);
                int dot = host.indexOf('.');
                if (dot > 0) {
                    assertSame(p, Product.fromHost(host.substring(0, dot) + "-sha" + host.substring(dot)), host);
                    assertNull(Product.fromHost(host.substring(0, dot) + "x" + host.substring(dot)), host);
                }
            }
            for (Section s : p.getSections()) {
                assertSame(p, s.getProduct());
                assertSame(s, Section.fromId(p, s.getId()));
                assertFalse(s.getTitle(Lang.EN).isEmpty());
                assertEquals(s.getTitle(), s.getTitle(Lang.ZH));
            }
        }
        assertSame(Product.values()[0], Product.DEFAULT);
        for (Oracle.Row r : o.rows) {
            Product p = Product.fromId(r.str("product"));
            String section = (String) r.need("section");
            boolean listed = section == null;
            for (Section s : p.getSections()) {
                listed |= s.getId().equals(section);
            }
            assertTrue(listed, r.toString());
        }
        assertNull(Product.fromHost("example.invalid"));
    }

    @Test
    void badInputIsRefusedClearly() {
        assertThrows(NullPointerException.class, () -> ZegoCodes.lookup((Product) null, 1));
        assertThrows(NullPointerException.class, () -> ZegoCodes.lookup((Section) null, 1));
        assertThrows(NullPointerException.class, () -> ZegoCodes.lookup(Product.RTC, null, 1));
        assertThrows(NullPointerException.class, () -> ZegoCodes.message(null, 1));
        assertThrows(NullPointerException.class, () -> ZegoCodes.message(Product.RTC, 1, null));
        assertThrows(NullPointerException.class, () -> ZegoCodes.eventMessage(null, 1));
        assertThrows(NullPointerException.class, () -> ZegoCodes.check(null, 1, null, null));
        assertThrows(NullPointerException.class, () -> ZegoCodes.check(Product.RTC, 1, null, null, null));
        assertThrows(NullPointerException.class, () -> ZegoCodes.definitions(null, 1));
        assertThrows(NullPointerException.class, () -> Product.fromId(null));
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> Product.fromId("no_such_product"));
        assertTrue(id.getMessage().contains("no_such_product"), id.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Product.fromId("RTC"));
        assertThrows(IllegalArgumentException.class, () -> Section.fromId(Product.RTC, "no_such_section"));
        for (long bad : new long[] {-1, 1L << 32, Long.MIN_VALUE, Long.MAX_VALUE}) {
            for (Product p : Product.values()) {
                assertThrows(IllegalArgumentException.class, () -> ZegoCodes.lookup(p, bad));
                assertThrows(IllegalArgumentException.class, () -> ZegoCodes.lookupEvent(p, bad));
                assertThrows(IllegalArgumentException.class, () -> ZegoCodes.message(p, bad));
                assertThrows(IllegalArgumentException.class, () -> ZegoCodes.eventName(p, bad));
                assertThrows(IllegalArgumentException.class, () -> ZegoCodes.check(p, bad, null, null));
            }
            assertThrows(IllegalArgumentException.class, () -> ZegoCodes.definitions(bad));
            assertThrows(IllegalArgumentException.class, () -> RtcCode.resolve(bad));
            for (Section s : Section.values()) {
                assertThrows(IllegalArgumentException.class, () -> ZegoCodes.lookup(s, bad));
            }
        }
    }
}
