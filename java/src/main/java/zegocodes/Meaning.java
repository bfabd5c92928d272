package zegocodes;

/**
 * What one number means in one section of one product: one row of ZEGO's page, with this
 * project's name and guidance. {@link ProductCode#getMeanings()} and
 * {@link ZegoCodes#definitions(Kind, long)} give them; each is one object, immutable and safe
 * from any thread.
 */
public final class Meaning {
    private final Family family;
    private final int entry;

    Meaning(Family family, int entry) {
        this.family = family;
        this.entry = entry;
    }

    /**
     * The product whose page lists it.
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
     * The section of the page that lists it.
     *
     * @return the section, or null where the product's pages have none
     */
    public Section getSection() {
        return family.section(entry);
    }

    /**
     * The numeric code.
     *
     * @return the code, in 0 to 4294967295
     */
    public long getCode() {
        return family.code(entry);
    }

    /**
     * The stable symbolic name, unique within its product and kind (several sections may
     * share one, as they share the meaning).
     *
     * @return the name, such as {@code "MEDIA_FILE_NOT_FOUND"}
     */
    public String getName() {
        return family.entryName(entry);
    }

    /**
     * ZEGO's description in Chinese, exactly as published.
     *
     * @return the description
     */
    public String getMessage() {
        return family.message(entry, Lang.ZH);
    }

    /**
     * ZEGO's description, exactly as published.
     *
     * @param lang the language
     * @return the description in {@code lang}
     * @throws NullPointerException if {@code lang} is null
     */
    public String getMessage(Lang lang) {
        return family.message(entry, lang);
    }

    /**
     * ZEGO's suggested handling in Chinese; empty where ZEGO publishes none.
     *
     * @return the suggestion
     */
    public String getSuggestion() {
        return family.suggestion(entry, Lang.ZH);
    }

    /**
     * ZEGO's suggested handling; empty where ZEGO publishes none.
     *
     * @param lang the language
     * @return the suggestion in {@code lang}
     * @throws NullPointerException if {@code lang} is null
     */
    public String getSuggestion(Lang lang) {
        return family.suggestion(entry, lang);
    }

    /**
     * The possible causes, in Chinese, where ZEGO's page has such a column (ZIM's); empty elsewhere.
     *
     * @return the causes
     */
    public String getCause() {
        return family.cause(entry, Lang.ZH);
    }

    /**
     * The possible causes where ZEGO's page has such a column (ZIM's); empty elsewhere.
     *
     * @param lang the language
     * @return the causes in {@code lang}
     * @throws NullPointerException if {@code lang} is null
     */
    public String getCause(Lang lang) {
        return family.cause(entry, lang);
    }

    /**
     * What a caller should do.
     *
     * @return the guidance
     */
    public Guidance getGuidance() {
        return family.entryGuidance(entry);
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
     * The category of a return code ({@link Category#SUCCESS} for 0, {@link Category#COMMON}
     * for ZEGO's gateway range, else the product's own).
     *
     * @return the category, or null for an event code
     */
    public Category getCategory() {
        return family.category(getCode());
    }

    /**
     * The category of an event code (another product's than AI Agent's are
     * {@link EventCategory#UNKNOWN}: their numbers name no AI Agent subsystem).
     *
     * @return the category, or null for a return code
     */
    public EventCategory getEventCategory() {
        return family.eventCategory(getCode());
    }

    /**
     * The first revision of ZEGO's page, among those this project vendors, that lists it.
     *
     * @return the revision, such as {@code "2026-04-10"}
     */
    public String getSince() {
        return family.since(entry);
    }

    /**
     * The revision of ZEGO's page that no longer lists the code, or null while ZEGO lists it;
     * a withdrawn code keeps its last published texts.
     *
     * @return the revision, or null
     */
    public String getWithdrawn() {
        return family.withdrawn(entry);
    }

    /**
     * Whether the product's sections give this number different names, so that a lookup
     * without a section does not pick one.
     *
     * @return {@code true} where an unqualified lookup of the code is ambiguous
     */
    public boolean isAmbiguous() {
        return family.ambiguous(entry);
    }

    /**
     * The lookup that answers with exactly this entry: qualified by its section where the
     * product's sections give the number other names.
     *
     * @return the lookup
     */
    public ProductCode lookup() {
        return family.lookup(getCode(), isAmbiguous() ? getSection() : null);
    }

    /** {@code product[/section] CODE NAME}, as {@code rtc/media_files 41003 MEDIA_FILE_NOT_FOUND}. */
    @Override
    public String toString() {
        Section s = getSection();
        return getProduct().getId() + (s != null ? "/" + s.getId() : "") + (getKind() == Kind.EVENT ? " event " : " ")
            + getCode() + " " + getName();
    }
}
