package zegocodes;

/**
 * A code of one product: the {@code Code} field of one of its API's responses (or one of its
 * callback event codes), optionally qualified by the section of the product's pages it comes
 * from, with everything the catalog says about it. {@link ZegoCodes#lookup(Product, long)}
 * gives one.
 *
 * <p>Where the product's sections define the number differently (RTC's 41003) and no section
 * is named, the lookup does not pick one: {@link #isAmbiguous()} is true, {@link #getName()}
 * null, the message says to look it up by section, and {@link #getMeanings()} lists each.
 * Sections that give a number the same name agree on its meaning (RTC's 0 is
 * {@code SUCCESS} in four): the first section's entry answers. A code the product does not
 * define gets its generic text, as {@link ZegoCodes#message(long)} does.
 *
 * <p>Immutable and safe from any thread; equal when product, kind, section and code are.
 */
public final class ProductCode {
    private final Family family;
    private final long code;
    private final Section section;
    /** The first entry matched (-1: none) and how many the lookup matches. */
    private final int first;
    private final int count;

    ProductCode(Family family, long code, Section section, int first, int count) {
        this.family = family;
        this.code = code;
        this.section = section;
        this.first = first;
        this.count = count;
    }

    /** The entry that answers, or -1. */
    private int info() {
        return count > 0 && (section != null || !family.ambiguous(first)) ? first : -1;
    }

    /**
     * The numeric code.
     *
     * @return the code, in 0 to 4294967295
     */
    public long getCode() {
        return code;
    }

    /**
     * The product.
     *
     * @return the product
     */
    public Product getProduct() {
        return family.product;
    }

    /**
     * Return code or callback event code.
     *
     * @return the kind
     */
    public Kind getKind() {
        return family.kind;
    }

    /**
     * The section the lookup is qualified by.
     *
     * @return the section, or null for a lookup by product alone
     */
    public Section getSection() {
        return section;
    }

    /**
     * Whether the product defines the code (in the section, if qualified).
     *
     * @return {@code true} if some entry matches
     */
    public boolean isKnown() {
        return count > 0;
    }

    /**
     * Whether the lookup names no section and the product's sections define the code
     * differently: then the flat getters say so instead of picking one.
     *
     * @return {@code true} where {@link #getMeanings()} disagree on the name
     */
    public boolean isAmbiguous() {
        return section == null && count > 0 && family.ambiguous(first);
    }

    /**
     * Every entry the lookup matches: none for an unknown code, one for a code its section
     * lists and, unqualified, one per section that lists the code, in section order.
     *
     * @return a new array of the meanings
     */
    public Meaning[] getMeanings() {
        Meaning[] out = new Meaning[count];
        for (int i = 0; i < count; i++) {
            out[i] = family.meaning(first + i);
        }
        return out;
    }

    /**
     * The entry that answers.
     *
     * @return the meaning, or null for an unknown or ambiguous code
     */
    public Meaning getMeaning() {
        int e = info();
        return e >= 0 ? family.meaning(e) : null;
    }

    /**
     * The stable symbolic name.
     *
     * @return the name, or null for an unknown or ambiguous code
     */
    public String getName() {
        int e = info();
        return e >= 0 ? family.entryName(e) : null;
    }

    /**
     * ZEGO's description in Chinese; see {@link #getMessage(Lang)}.
     *
     * @return the description
     */
    public String getMessage() {
        return getMessage(Lang.ZH);
    }

    /**
     * ZEGO's description; for an ambiguous code, a sentence saying to look it up by section;
     * for an unknown one, a generic text naming its product or range.
     *
     * @param lang the language
     * @return the description in {@code lang}
     * @throws NullPointerException if {@code lang} is null
     */
    public String getMessage(Lang lang) {
        int e = info();
        if (e >= 0) {
            return family.message(e, lang);
        }
        return count > 0 ? lang.pick(Product.AMBIGUOUS_ZH, Product.AMBIGUOUS_EN) : family.unknownMessage(code, lang);
    }

    /**
     * ZEGO's suggested handling in Chinese; see {@link #getSuggestion(Lang)}.
     *
     * @return the suggestion
     */
    public String getSuggestion() {
        return getSuggestion(Lang.ZH);
    }

    /**
     * ZEGO's suggested handling (empty where ZEGO has none); for an unknown or ambiguous code
     * the generic advice of an unknown one.
     *
     * @param lang the language
     * @return the suggestion in {@code lang}
     * @throws NullPointerException if {@code lang} is null
     */
    public String getSuggestion(Lang lang) {
        int e = info();
        return e >= 0 ? family.suggestion(e, lang) : family.unknownSuggestion(code, lang);
    }

    /**
     * The possible causes in Chinese; see {@link #getCause(Lang)}.
     *
     * @return the causes
     */
    public String getCause() {
        return getCause(Lang.ZH);
    }

    /**
     * The possible causes where ZEGO's page has such a column (ZIM's); empty elsewhere and
     * for an unknown or ambiguous code.
     *
     * @param lang the language
     * @return the causes in {@code lang}
     * @throws NullPointerException if {@code lang} is null
     */
    public String getCause(Lang lang) {
        int e = info();
        return e >= 0 ? family.cause(e, lang) : lang.pick("", "");
    }

    /**
     * What a caller should do: the entry's guidance; for an ambiguous code the guidance its
     * meanings share, else {@link Guidance#UNKNOWN}.
     *
     * @return the guidance
     */
    public Guidance getGuidance() {
        int e = info();
        if (e >= 0) {
            return family.entryGuidance(e);
        }
        Guidance shared = count > 0 ? family.entryGuidance(first) : Guidance.UNKNOWN;
        for (int i = first + 1; i < first + count; i++) {
            if (family.entryGuidance(i) != shared) {
                return Guidance.UNKNOWN;
            }
        }
        return shared;
    }

    /**
     * Whether the same request may succeed when sent again later.
     *
     * @return {@link Guidance#isRetryable()} of {@link #getGuidance()}
     */
    public boolean isRetryable() {
        return getGuidance().isRetryable();
    }

    /**
     * The category of a return code: {@link Category#SUCCESS} for 0, {@link Category#COMMON}
     * for ZEGO's gateway range, otherwise AI Agent's ranges for AI Agent and
     * {@link Category#BUSINESS} for any other product's own codes.
     *
     * @return the category, or null for an event code
     */
    public Category getCategory() {
        return family.category(code);
    }

    /**
     * The category of an event code: AI Agent's by its ranges, {@link EventCategory#UNKNOWN}
     * for any other product's.
     *
     * @return the category, or null for a return code
     */
    public EventCategory getEventCategory() {
        return family.eventCategory(code);
    }

    /**
     * The first revision of ZEGO's page, among those this project vendors, that lists the code.
     *
     * @return the revision, or null for an unknown or ambiguous code
     */
    public String getSince() {
        int e = info();
        return e >= 0 ? family.since(e) : null;
    }

    /**
     * The revision of ZEGO's page that no longer lists the code.
     *
     * @return the revision, or null while ZEGO lists it (and for an unknown or ambiguous code)
     */
    public String getWithdrawn() {
        int e = info();
        return e >= 0 ? family.withdrawn(e) : null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProductCode)) {
            return false;
        }
        ProductCode p = (ProductCode) o;
        return p.family.product == family.product && p.family.kind == family.kind && p.code == code && p.section == section;
    }

    @Override
    public int hashCode() {
        return (int) (code ^ (code >>> 32)) * 31 + family.product.ordinal() * 2 + family.kind.ordinal()
            + (section != null ? section.ordinal() << 8 : 0);
    }

    /** {@code product[/section] [event ]CODE[ NAME]: message} in Chinese, as {@code asr 410001002 ASR_TASK_NOT_FOUND: ...}. */
    @Override
    public String toString() {
        String name = getName();
        return getProduct().getId() + (section != null ? "/" + section.getId() : "") + (getKind() == Kind.EVENT ? " event " : " ")
            + code + (name != null ? " " + name : "") + ": " + getMessage();
    }
}
