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

    /**
     * What one hash slot holds: the code of the entries hashing there (-1: none), the first of
     * them, and the answer of an unqualified lookup, in one object, so that a lookup loads
     * the slot, compares its code and reads the text from the same object, as ZegoCode's does.
     */
    static final class Slot {
        final long code;
        /** The code's low 32 bits, which a generated family's lookup compares. */
        final int bits;
        final int entry;
        final String messageZh;
        final String messageEn;
        final String suggestionZh;
        final String suggestionEn;

        Slot(long code, int entry, String messageZh, String messageEn, String suggestionZh, String suggestionEn) {
            this.code = code;
            this.bits = (int) code;
            this.entry = entry;
            this.messageZh = messageZh;
            this.messageEn = messageEn;
            this.suggestionZh = suggestionZh;
            this.suggestionEn = suggestionEn;
        }

        String message(Lang lang) {
            return lang.pick(messageZh, messageEn);
        }

        String suggestion(Lang lang) {
            return lang.pick(suggestionZh, suggestionEn);
        }
    }

    private static final Slot NONE = new Slot(-1, -1, null, null, null, null);

    private final Slot[] slots;

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
    /** Another product's unknown codes' messages, by the range of ZegoCode or ZegoEventCode ({@code missRange}). */
    private final String[] missZh;
    private final String[] missEn;

    /**
     * A generated family (the per-product enums): {@code entries} holds ENTRY_CHARS chars per
     * entry (xtask/src/gen/java_products.rs, {@code entry}), column by column, each char but
     * the code's the difference from the one above it ({@code columns}), indexing {@code texts}, whose
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
        char[] e = new char[n * ENTRY_CHARS]; // row by row, decoded from the columns
        for (int column = 0; column < ENTRY_CHARS; column++) {
            char previous = 0;
            for (int i = 0; i < n; i++) {
                char c = entries.charAt(column * n + i);
                previous = column < 2 ? c : (char) (previous + c);
                e[i * ENTRY_CHARS + column] = previous;
            }
        }
        for (int i = 0; i < n; i++) {
            int at = i * ENTRY_CHARS;
            codes[i] = ((long) e[at] << 16) | e[at + 1];
            sections[i] = e[at + 2] == 0 ? null : allSections[e[at + 2] - 1];
            guidance[i] = allGuidance[e[at + 3]];
            meanings[i] = e[at + 4];
            ambiguous[i] = e[at + 5] != 0;
            constant[i] = e[at + 6];
            names[i] = constants[constant[i]].name();
            texts6[0][i] = text[e[at + 7]];
            texts6[1][i] = e[at + 8] == 0 ? null : text[e[at + 8] - 1];
            for (int t = 2; t < 8; t++) {
                texts6[t][i] = text[e[at + 7 + t]];
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
        // By the range of ZegoCode or ZegoEventCode (missRange): the gateway's text in its
        // range, this product's elsewhere (ZegoCode's own texts for the default product).
        int ranges = kind == Kind.RETURN ? ZegoCode.rangeCount() : ZegoEventCode.rangeCount();
        missZh = new String[ranges];
        missEn = new String[ranges];
        for (int r = 0; r < ranges; r++) {
            boolean gateway = kind == Kind.RETURN && ZegoCode.rangeCategory(r) == Category.COMMON;
            missZh[r] = gateway ? Product.GATEWAY_UNKNOWN_ZH : unknownZh;
            missEn[r] = gateway ? Product.GATEWAY_UNKNOWN_EN : unknownEn;
        }

        slots = new Slot[1 << (32 - shift)];
        for (int s = 0; s < slots.length; s++) {
            slots[s] = NONE;
        }
        meaningOf = new Meaning[codes.length];
        constantEntry = new int[constants];
        for (int i = codes.length - 1; i >= 0; i--) {
            meaningOf[i] = new Meaning(this, i);
            constantEntry[constant[i]] = i; // the first entry of each name wins: filled backwards
        }
        for (int i = 0; i < codes.length; i++) {
            int s = slot(codes[i]);
            if (slots[s].code == codes[i]) {
                continue; // a later section's entry of the same code
            }
            if (slots[s] != NONE) {
                throw new IllegalStateException(product + " " + kind + ": codes " + slots[s].code + " and " + codes[i] + " share a slot");
            }
            slots[s] = ambiguous[i]
                ? new Slot(codes[i], i, Product.AMBIGUOUS_ZH, Product.AMBIGUOUS_EN,
                    unknownSuggestion(codes[i], Lang.ZH), unknownSuggestion(codes[i], Lang.EN))
                : new Slot(codes[i], i, messageZh[i], messageEn[i], suggestionZh[i], suggestionEn[i]);
        }
        // An empty slot names the slot of another code, as ZegoCode's table does: no code
        // landing there equals its code, compared in 64 bits or (by a generated family's
        // lookup) in 32, where NONE's -1 would be 4294967295. A family without codes keeps NONE.
        Slot held = NONE;
        for (Slot slot : slots) {
            held = slot != NONE ? slot : held;
        }
        for (int s = 0; s < slots.length; s++) {
            slots[s] = slots[s] != NONE ? slots[s] : held;
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

    /** What a generated enum's {@code valueOf(long)} throws for a code it has no constant of. */
    IllegalArgumentException noConstant(String type, long code) {
        return new IllegalArgumentException("No " + type + " with code " + code
            + (first(code) >= 0 ? " (its sections define it differently: look it up by section)" : ""));
    }

    /** The slots, for a generated family's lookup with its hash as constants. */
    Slot[] slots() {
        return slots;
    }

    Meaning[] meanings() {
        return meaningOf.clone();
    }

    // ---- lookups of a code already checked to be in 0 to 4294967295 ----

    /** The first entry holding {@code code}, or -1. */
    int first(long code) {
        Slot s = slots[slot(code)];
        return s.code == code ? s.entry : -1;
    }

    /** The entry an unqualified lookup answers with, or -1 (unknown or ambiguous). */
    int answering(long code) {
        int e = first(code);
        return e >= 0 && !ambiguous[e] ? e : -1;
    }

    String message(long code, Lang lang) {
        Slot s = slots[slot(code)];
        return s.code == code ? s.message(lang) : unknownMessage(code, lang);
    }

    String suggestion(long code, Lang lang) {
        Slot s = slots[slot(code)];
        return s.code == code ? s.suggestion(lang) : unknownSuggestion(code, lang);
    }

    String unknownMessage(long code, Lang lang) {
        if (original) {
            return kind == Kind.RETURN ? ZegoCode.unknownMessage(code, lang) : ZegoEventCode.unknownMessage(code, lang);
        }
        return lang.pick(missZh, missEn)[kind == Kind.RETURN ? ZegoCode.missRange(code) : ZegoEventCode.missRange(code)];
    }

    /**
     * Another product's unknown-code messages by the range of ZegoCode or ZegoEventCode
     * ({@code missRange}), for a generated family's own lookup: in an array whose length is a
     * power of two, so that a range masked by length - 1 needs no bounds check.
     */
    String[] missTexts(Lang lang) {
        String[] texts = lang.pick(missZh, missEn);
        int n = Integer.highestOneBit(texts.length);
        String[] out = new String[n == texts.length ? n : n << 1];
        System.arraycopy(texts, 0, out, 0, texts.length);
        return out;
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
