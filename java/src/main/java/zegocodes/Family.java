package zegocodes;

/**
 * One product's codes of one kind, answering as the core does (src/product.rs): the core's
 * multiplicative perfect hash over the family's distinct codes, then its entries (one per
 * section that lists a code, ascending by code then section) and, by hash slot, the answer of
 * an unqualified lookup, ready to return: an entry's texts, or the ambiguous texts where the
 * sections name the code differently.
 *
 * <p>A code the family lacks gets its product's generic text: the default product's by the
 * ranges of {@link ZegoCode} and {@link ZegoEventCode}, as always; any other product's its own
 * unknown text, except a return code in ZEGO's gateway range, which gets the gateway's.
 * Immutable once built (every field final), so a Family published by a race is whole.
 */
final class Family {
    /** The number of chars per entry in a generated family's entry string. */
    private static final int ENTRY_CHARS = 15;

    final Product product;
    final Kind kind;
    /** The default product's family: its unknown codes answer by its ranges. */
    private final boolean original;
    private final int multiplier;
    private final int shift;

    // By hash slot: the code of the entries hashing there (-1: none), the first of them, and
    // the unqualified answer.
    private final long[] slotCode;
    private final int[] slotEntry;
    private final String[] slotMessageZh;
    private final String[] slotMessageEn;
    private final String[] slotSuggestionZh;
    private final String[] slotSuggestionEn;

    // By entry.
    private final long[] codes;
    private final Section[] sections;
    private final Guidance[] guidance;
    private final int[] meanings;
    private final boolean[] ambiguous;
    private final String[] names;
    private final String[] since;
    private final String[] withdrawn;
    private final String[] messageZh;
    private final String[] messageEn;
    private final String[] suggestionZh;
    private final String[] suggestionEn;
    private final String[] causeZh;
    private final String[] causeEn;
    private final int[] constant;
    private final Meaning[] meaningOf;
    /** By enum constant (ordinal): its name's first entry. */
    private final int[] constantEntry;

    private final String unknownZh;
    private final String unknownEn;
    /** Another product's unknown return codes' messages, by {@link ZegoCode#MISS_UNIT} bucket. */
    private final String[] missZh;
    private final String[] missEn;

    /**
     * A generated family (the per-product enums): {@code entries} holds ENTRY_CHARS chars per
     * entry (xtask/src/gen/java_products.rs, {@code entry}), indexing {@code texts}, whose
     * literals hold every distinct text followed by a NUL; {@code constants} are the enum's
     * constants, whose names the entries have.
     */
    static Family generated(Product product, Kind kind, int multiplier, int shift, String entries, String[] texts,
            Enum<?>[] constants, String unknownZh, String unknownEn) {
        int n = entries.length() / ENTRY_CHARS;
        String[] text = split(texts);
        Section[] allSections = Section.values();
        Guidance[] allGuidance = Guidance.values();
        long[] codes = new long[n];
        Section[] sections = new Section[n];
        Guidance[] guidance = new Guidance[n];
        int[] meanings = new int[n];
        boolean[] ambiguous = new boolean[n];
        int[] constant = new int[n];
        String[] names = new String[n];
        String[][] texts6 = new String[8][n];
        for (int i = 0; i < n; i++) {
            int at = i * ENTRY_CHARS;
            codes[i] = ((long) entries.charAt(at) << 16) | entries.charAt(at + 1);
            int section = entries.charAt(at + 2);
            sections[i] = section == 0 ? null : allSections[section - 1];
            guidance[i] = allGuidance[entries.charAt(at + 3)];
            meanings[i] = entries.charAt(at + 4);
            ambiguous[i] = entries.charAt(at + 5) != 0;
            constant[i] = entries.charAt(at + 6);
            names[i] = constants[constant[i]].name();
            texts6[0][i] = text[entries.charAt(at + 7)];
            int w = entries.charAt(at + 8);
            texts6[1][i] = w == 0 ? null : text[w - 1];
            for (int t = 2; t < 8; t++) {
                texts6[t][i] = text[entries.charAt(at + 7 + t)];
            }
        }
        return new Family(product, kind, false, multiplier, shift, codes, sections, guidance, meanings, ambiguous,
            constant, constants.length, names, texts6, unknownZh, unknownEn);
    }

    /** The default product's family, from the constants of ZegoCode or ZegoEventCode. */
    static Family original(Product product, Kind kind, int multiplier, int shift, long[] codes, String[] names,
            Guidance[] guidance, String[] since, String[] withdrawn,
            String[] messageZh, String[] suggestionZh, String[] messageEn, String[] suggestionEn) {
        int n = codes.length;
        int[] meanings = new int[n];
        int[] constant = new int[n];
        String[] none = new String[n];
        for (int i = 0; i < n; i++) {
            meanings[i] = 1;
            constant[i] = i;
            none[i] = "";
        }
        String[][] texts = {since, withdrawn, messageZh, suggestionZh, none, messageEn, suggestionEn, none};
        return new Family(product, kind, true, multiplier, shift, codes, new Section[n], guidance, meanings,
            new boolean[n], constant, n, names, texts, "", "");
    }

    /** A product without codes of this kind: every code lands on slot 0, which holds none. */
    static Family empty(Product product, Kind kind, String unknownZh, String unknownEn) {
        return new Family(product, kind, false, 0, 31, new long[0], new Section[0], new Guidance[0], new int[0],
            new boolean[0], new int[0], 0, new String[0], new String[8][0], unknownZh, unknownEn);
    }

    /**
     * {@code texts}: since, withdrawn, then message, suggestion and cause in Chinese, then in
     * English, each by entry.
     */
    private Family(Product product, Kind kind, boolean original, int multiplier, int shift, long[] codes,
            Section[] sections, Guidance[] guidance, int[] meanings, boolean[] ambiguous, int[] constant,
            int constants, String[] names, String[][] texts, String unknownZh, String unknownEn) {
        this.product = product;
        this.kind = kind;
        this.original = original;
        this.multiplier = multiplier;
        this.shift = shift;
        this.codes = codes;
        this.sections = sections;
        this.guidance = guidance;
        this.meanings = meanings;
        this.ambiguous = ambiguous;
        this.constant = constant;
        this.names = names;
        since = texts[0];
        withdrawn = texts[1];
        messageZh = texts[2];
        suggestionZh = texts[3];
        causeZh = texts[4];
        messageEn = texts[5];
        suggestionEn = texts[6];
        causeEn = texts[7];
        this.unknownZh = unknownZh;
        this.unknownEn = unknownEn;
        if (kind == Kind.RETURN && !original) {
            int buckets = ZegoCode.MISS_CAP / ZegoCode.MISS_UNIT + 1;
            missZh = new String[buckets];
            missEn = new String[buckets];
            for (int q = 0; q < buckets; q++) {
                long first = (long) q * ZegoCode.MISS_UNIT;
                boolean gateway = ZegoCode.categoryOf(first) == Category.COMMON;
                missZh[q] = gateway ? ZegoCode.unknownMessage(first, Lang.ZH) : unknownZh;
                missEn[q] = gateway ? ZegoCode.unknownMessage(first, Lang.EN) : unknownEn;
            }
        } else {
            missZh = null;
            missEn = null;
        }

        int slots = 1 << (32 - shift);
        slotCode = new long[slots];
        slotEntry = new int[slots];
        slotMessageZh = new String[slots];
        slotMessageEn = new String[slots];
        slotSuggestionZh = new String[slots];
        slotSuggestionEn = new String[slots];
        for (int s = 0; s < slots; s++) {
            slotCode[s] = -1;
        }
        meaningOf = new Meaning[codes.length];
        constantEntry = new int[constants];
        for (int i = codes.length - 1; i >= 0; i--) {
            meaningOf[i] = new Meaning(this, i);
            constantEntry[constant[i]] = i; // the first entry of each name wins: filled backwards
        }
        for (int i = 0; i < codes.length; i++) {
            int s = slot(codes[i]);
            if (slotCode[s] == codes[i]) {
                continue; // a later section's entry of the same code
            }
            if (slotCode[s] != -1) {
                throw new IllegalStateException(product + " " + kind + ": codes " + slotCode[s] + " and " + codes[i] + " share a slot");
            }
            slotCode[s] = codes[i];
            slotEntry[s] = i;
            boolean many = ambiguous[i];
            slotMessageZh[s] = many ? Product.AMBIGUOUS_ZH : messageZh[i];
            slotMessageEn[s] = many ? Product.AMBIGUOUS_EN : messageEn[i];
            slotSuggestionZh[s] = many ? unknownSuggestion(codes[i], Lang.ZH) : suggestionZh[i];
            slotSuggestionEn[s] = many ? unknownSuggestion(codes[i], Lang.EN) : suggestionEn[i];
        }
    }

    /** The texts of the literals, each ended by a NUL. */
    private static String[] split(String[] literals) {
        int n = 0;
        for (String l : literals) {
            for (int i = 0; i < l.length(); i++) {
                n += l.charAt(i) == 0 ? 1 : 0;
            }
        }
        String[] out = new String[n];
        n = 0;
        for (String l : literals) {
            for (int start = 0, end; (end = l.indexOf(0, start)) >= 0; start = end + 1) {
                out[n++] = l.substring(start, end);
            }
        }
        return out;
    }

    private int slot(long code) {
        return ((int) code * multiplier) >>> shift;
    }

    int size() {
        return codes.length;
    }

    // ---- lookups of a code already checked to be in 0 to 4294967295 ----

    /** The first entry holding {@code code}, or -1. */
    int first(long code) {
        int s = slot(code);
        return slotCode[s] == code ? slotEntry[s] : -1;
    }

    /** The entry an unqualified lookup answers with, or -1 (unknown or ambiguous). */
    int answering(long code) {
        int e = first(code);
        return e >= 0 && !ambiguous[e] ? e : -1;
    }

    String message(long code, Lang lang) {
        int s = slot(code);
        return slotCode[s] == code ? lang.pick(slotMessageZh, slotMessageEn)[s] : unknownMessage(code, lang);
    }

    String suggestion(long code, Lang lang) {
        int s = slot(code);
        return slotCode[s] == code ? lang.pick(slotSuggestionZh, slotSuggestionEn)[s] : unknownSuggestion(code, lang);
    }

    String unknownMessage(long code, Lang lang) {
        if (kind == Kind.RETURN) {
            return original ? ZegoCode.unknownMessage(code, lang)
                : lang.pick(missZh, missEn)[(int) Math.min(code, ZegoCode.MISS_CAP) / ZegoCode.MISS_UNIT];
        }
        return original ? ZegoEventCode.unknownMessage(code, lang) : lang.pick(unknownZh, unknownEn);
    }

    String unknownSuggestion(long code, Lang lang) {
        return kind == Kind.RETURN ? ZegoCode.unknownSuggestion(code, lang) : ZegoEventCode.unknownSuggestion(code, lang);
    }

    String name(long code) {
        int e = answering(code);
        return e >= 0 ? names[e] : null;
    }

    /** The entry's guidance; for an ambiguous code the one its meanings share, else unknown. */
    Guidance guidance(long code) {
        int e = first(code);
        if (e < 0) {
            return Guidance.UNKNOWN;
        }
        for (int i = e + 1; i < e + meanings[e]; i++) {
            if (guidance[i] != guidance[e]) {
                return Guidance.UNKNOWN;
            }
        }
        return guidance[e];
    }

    /** The category of a return code (null for an event code), as the core gives it. */
    Category category(long code) {
        if (kind != Kind.RETURN) {
            return null;
        }
        Category c = ZegoCode.categoryOf(code);
        return original || (c != Category.UNKNOWN && c != Category.BUSINESS) ? c : Category.BUSINESS;
    }

    /** The category of an event code (null for a return code): another product's are unknown. */
    EventCategory eventCategory(long code) {
        if (kind != Kind.EVENT) {
            return null;
        }
        return original ? ZegoEventCode.categoryOf(code) : EventCategory.UNKNOWN;
    }

    /** The lookup of {@code code}, qualified by {@code section} unless it is null. */
    ProductCode lookup(long code, Section section) {
        int first = first(code);
        int count = first >= 0 ? meanings[first] : 0;
        if (section != null && first >= 0) {
            int found = -1;
            for (int i = first; i < first + count; i++) {
                if (sections[i] == section) {
                    found = i;
                    break;
                }
            }
            first = found;
            count = found >= 0 ? 1 : 0;
        }
        return new ProductCode(this, code, section, first, count);
    }

    // ---- an entry's fields ----

    Meaning meaning(int e) {
        return meaningOf[e];
    }

    /** The meaning of the enum constant with ordinal {@code c}: its name's first entry. */
    Meaning meaningOfConstant(int c) {
        return meaningOf[constantEntry[c]];
    }

    long code(int e) {
        return codes[e];
    }

    Section section(int e) {
        return sections[e];
    }

    Guidance entryGuidance(int e) {
        return guidance[e];
    }

    boolean ambiguous(int e) {
        return ambiguous[e];
    }

    int constant(int e) {
        return constant[e];
    }

    String entryName(int e) {
        return names[e];
    }

    String since(int e) {
        return since[e];
    }

    String withdrawn(int e) {
        return withdrawn[e];
    }

    String message(int e, Lang lang) {
        return lang.pick(messageZh[e], messageEn[e]);
    }

    String suggestion(int e, Lang lang) {
        return lang.pick(suggestionZh[e], suggestionEn[e]);
    }

    String cause(int e, Lang lang) {
        return lang.pick(causeZh[e], causeEn[e]);
    }

    /**
     * Whether {@code host} (no port, no trailing dot) is {@code documented}, or a regional
     * host of it: its first label plus a {@code -suffix}. ASCII case does not matter.
     */
    static boolean hostMatches(String host, String documented) {
        if (host.length() == documented.length() && asciiEqualsIgnoreCase(host, 0, documented, 0, host.length())) {
            return true;
        }
        int dot = host.indexOf('.');
        int documentedDot = documented.indexOf('.');
        if (dot < 0 || documentedDot < 0) {
            return false;
        }
        int rest = host.length() - dot;
        return rest == documented.length() - documentedDot
            && asciiEqualsIgnoreCase(host, dot, documented, documentedDot, rest)
            && dot > documentedDot + 1
            && asciiEqualsIgnoreCase(host, 0, documented, 0, documentedDot)
            && host.charAt(documentedDot) == '-';
    }

    private static boolean asciiEqualsIgnoreCase(String a, int from, String b, int bFrom, int n) {
        for (int i = 0; i < n; i++) {
            char x = a.charAt(from + i);
            char y = b.charAt(bFrom + i);
            if (x >= 'A' && x <= 'Z') {
                x += 'a' - 'A';
            }
            if (y >= 'A' && y <= 'Z') {
                y += 'a' - 'A';
            }
            if (x != y) {
                return false;
            }
        }
        return true;
    }
}
