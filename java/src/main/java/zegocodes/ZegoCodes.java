package zegocodes;

/**
 * Lookups of any code, known or not, answering exactly as the core does: ZEGO's texts for a
 * code the catalog holds, and for any other a generic text naming the range it falls in.
 * The methods without a {@link Product} answer for {@link Product#DEFAULT} (AI Agent), as
 * they always have; those with one answer for that product's API, where the same number may
 * mean something else ({@link #lookup(Product, long)}, {@link #definitions(Kind, long)}).
 *
 * <p>Every method takes a code as a {@code long} in 0 to 4294967295 (ZEGO's codes are unsigned
 * 32-bit) and throws {@link IllegalArgumentException} naming any other value; a null
 * {@link Lang} throws {@link NullPointerException}. A lookup is a multiply, a shift, two
 * loads and a compare (the core's perfect hash), with no allocation and no lock.
 */
public final class ZegoCodes {
    private ZegoCodes() {
    }

    private static Lang checked(Lang lang) {
        if (lang == null) {
            throw new NullPointerException("lang is null");
        }
        return lang;
    }

    private static Product checked(Product product) {
        if (product == null) {
            throw new NullPointerException("product is null");
        }
        return product;
    }

    // ---- return codes: the Code field of every API response ----

    /**
     * ZEGO's description of a return code in Chinese.
     *
     * @param code a return code
     * @return the description, or for an unknown code a generic text naming its range
     */
    public static String message(long code) {
        return ZegoCode.messageOf(code, Lang.ZH);
    }

    /**
     * ZEGO's description of a return code.
     *
     * @param code a return code
     * @param lang the language
     * @return the description, or for an unknown code a generic text naming its range
     */
    public static String message(long code, Lang lang) {
        return ZegoCode.messageOf(code, lang);
    }

    /**
     * ZEGO's suggested handling of a return code in Chinese.
     *
     * @param code a return code
     * @return the suggestion (empty where ZEGO has none), or generic advice for an unknown code
     */
    public static String suggestion(long code) {
        return suggestion(code, Lang.ZH);
    }

    /**
     * ZEGO's suggested handling of a return code.
     *
     * @param code a return code
     * @param lang the language
     * @return the suggestion (empty where ZEGO has none), or generic advice for an unknown code
     */
    public static String suggestion(long code, Lang lang) {
        return ZegoCode.suggestionOf(code, lang);
    }

    /**
     * The stable symbolic name of a return code.
     *
     * @param code a return code
     * @return the name, such as {@code "BROADCAST_DIGITAL_HUMAN_API_FORBIDDEN"}, or null if unknown
     */
    public static String name(long code) {
        return ZegoCode.nameOf(code);
    }

    /**
     * Whether the catalog holds a return code.
     *
     * @param code a return code
     * @return {@code true} if {@link ZegoCode#resolve(long)} finds it
     */
    public static boolean isKnown(long code) {
        return ZegoCode.resolve(code) != null;
    }

    /**
     * Whether trying again later may succeed.
     *
     * @param code a return code
     * @return the guidance's {@link Guidance#isRetryable()}; {@code false} for an unknown code
     */
    public static boolean isRetryable(long code) {
        return guidance(code).isRetryable();
    }

    /**
     * What a caller should do about a return code.
     *
     * @param code a return code
     * @return the guidance; {@link Guidance#UNKNOWN} for an unknown code
     */
    public static Guidance guidance(long code) {
        return ZegoCode.guidanceOf(code);
    }

    /**
     * The category of a return code, derived from the number alone.
     *
     * @param code a return code
     * @return the category
     */
    public static Category category(long code) {
        return ZegoCode.categoryOf(CodeTable.checked(code));
    }

    /**
     * Returns for code 0; for any other return code throws the exception of its guidance:
     * {@link InvalidRequestException}, {@link RateLimitException}, ...,
     * {@link UnknownCodeException}, or {@link ZegoException} itself where the guidance asks
     * nothing more specific. Call it with a response's {@code Code}, {@code Message} and
     * {@code RequestId}.
     *
     * @param code the response's return code
     * @param message the response's message, or null; without one the exception carries ours
     * @param requestId the response's request ID, or null
     * @throws ZegoException unless {@code code} is 0
     */
    public static void check(long code, String message, String requestId) {
        check(code, message, requestId, Lang.ZH);
    }

    /**
     * {@link #check(long, String, String)} with our texts in {@code lang}.
     *
     * @param code the response's return code
     * @param message the response's message, or null; without one the exception carries ours
     * @param requestId the response's request ID, or null
     * @param lang the language of our message and suggestion
     * @throws ZegoException unless {@code code} is 0
     */
    public static void check(long code, String message, String requestId, Lang lang) {
        checked(lang);
        if (CodeTable.checked(code) == 0) {
            return;
        }
        throw Exceptions.of(code, message, requestId, lang);
    }

    // ---- callback exception event codes: Data.Code of an Event "Exception" callback ----

    /**
     * ZEGO's description of an event code in Chinese.
     *
     * @param code an event code
     * @return the description, or for an unknown code a generic text naming its range
     */
    public static String eventMessage(long code) {
        return ZegoEventCode.messageOf(code, Lang.ZH);
    }

    /**
     * ZEGO's description of an event code.
     *
     * @param code an event code
     * @param lang the language
     * @return the description, or for an unknown code a generic text naming its range
     */
    public static String eventMessage(long code, Lang lang) {
        return ZegoEventCode.messageOf(code, lang);
    }

    /**
     * ZEGO's suggested handling of an event code in Chinese.
     *
     * @param code an event code
     * @return the suggestion (empty where ZEGO has none), or generic advice for an unknown code
     */
    public static String eventSuggestion(long code) {
        return eventSuggestion(code, Lang.ZH);
    }

    /**
     * ZEGO's suggested handling of an event code.
     *
     * @param code an event code
     * @param lang the language
     * @return the suggestion (empty where ZEGO has none), or generic advice for an unknown code
     */
    public static String eventSuggestion(long code, Lang lang) {
        return ZegoEventCode.suggestionOf(code, lang);
    }

    /**
     * The stable symbolic name of an event code.
     *
     * @param code an event code
     * @return the name, such as {@code "TTS_ACCOUNT_IN_ARREARS"}, or null if unknown
     */
    public static String eventName(long code) {
        return ZegoEventCode.nameOf(code);
    }

    /**
     * Whether the catalog holds an event code.
     *
     * @param code an event code
     * @return {@code true} if {@link ZegoEventCode#resolve(long)} finds it
     */
    public static boolean eventIsKnown(long code) {
        return ZegoEventCode.resolve(code) != null;
    }

    /**
     * Whether trying again later may succeed.
     *
     * @param code an event code
     * @return the guidance's {@link Guidance#isRetryable()}; {@code false} for an unknown code
     */
    public static boolean eventIsRetryable(long code) {
        return eventGuidance(code).isRetryable();
    }

    /**
     * What a caller should do about an event code.
     *
     * @param code an event code
     * @return the guidance; {@link Guidance#UNKNOWN} for an unknown code
     */
    public static Guidance eventGuidance(long code) {
        return ZegoEventCode.guidanceOf(code);
    }

    /**
     * The category of an event code, derived from the number alone.
     *
     * @param code an event code
     * @return the category
     */
    public static EventCategory eventCategory(long code) {
        return ZegoEventCode.categoryOf(CodeTable.checked(code));
    }

    // ---- any product's codes: a return code of its API, or one of its callback event codes ----

    /**
     * A return code of {@code product}'s API, with everything the catalog says about it: one
     * meaning, several where the product's sections define the number differently (then
     * {@link ProductCode#isAmbiguous()}), or none.
     *
     * @param product the product whose API returned the code
     * @param code a return code, in 0 to 4294967295
     * @return the lookup
     * @throws NullPointerException if {@code product} is null
     * @throws IllegalArgumentException if {@code code} is outside 0 to 4294967295
     */
    public static ProductCode lookup(Product product, long code) {
        return checked(product).returns().lookup(CodeTable.checked(code), null);
    }

    /**
     * A callback event code of {@code product}, as {@link #lookup(Product, long)}.
     *
     * @param product the product whose callback carried the code
     * @param code an event code, in 0 to 4294967295
     * @return the lookup
     * @throws NullPointerException if {@code product} is null
     * @throws IllegalArgumentException if {@code code} is outside 0 to 4294967295
     */
    public static ProductCode lookupEvent(Product product, long code) {
        return checked(product).family(Kind.EVENT).lookup(CodeTable.checked(code), null);
    }

    /**
     * A code of {@code product} of either kind, as {@link #lookup(Product, long)}.
     *
     * @param product the product
     * @param kind return or event code
     * @param code a code, in 0 to 4294967295
     * @return the lookup
     * @throws NullPointerException if {@code product} or {@code kind} is null
     * @throws IllegalArgumentException if {@code code} is outside 0 to 4294967295
     */
    public static ProductCode lookup(Product product, Kind kind, long code) {
        return checked(product).family(kind).lookup(CodeTable.checked(code), null);
    }

    /**
     * A code of one section of a product's pages: of its product and kind, answered exactly.
     *
     * @param section the section, such as {@link Section#RTC_MEDIA_FILES}
     * @param code a code, in 0 to 4294967295
     * @return the lookup: known only if that section lists the code
     * @throws NullPointerException if {@code section} is null
     * @throws IllegalArgumentException if {@code code} is outside 0 to 4294967295
     */
    public static ProductCode lookup(Section section, long code) {
        if (section == null) {
            throw new NullPointerException("section is null");
        }
        return section.getProduct().family(section.getKind()).lookup(CodeTable.checked(code), section);
    }

    /**
     * Who defines this number: every entry of every product and section whose catalog of
     * {@code kind} holds it, in product order, then section order.
     *
     * @param kind return or event code
     * @param code a code, in 0 to 4294967295
     * @return a new array, empty if no product defines the code
     * @throws NullPointerException if {@code kind} is null
     * @throws IllegalArgumentException if {@code code} is outside 0 to 4294967295
     */
    public static Meaning[] definitions(Kind kind, long code) {
        CodeTable.checked(code);
        int n = 0;
        for (Product p : Product.values()) {
            n += p.family(kind).lookup(code, null).getMeanings().length;
        }
        Meaning[] out = new Meaning[n];
        n = 0;
        for (Product p : Product.values()) {
            for (Meaning m : p.family(kind).lookup(code, null).getMeanings()) {
                out[n++] = m;
            }
        }
        return out;
    }

    /**
     * Who defines this return code: {@link #definitions(Kind, long)} of {@link Kind#RETURN}.
     *
     * @param code a return code, in 0 to 4294967295
     * @return a new array, empty if no product defines the code
     * @throws IllegalArgumentException if {@code code} is outside 0 to 4294967295
     */
    public static Meaning[] definitions(long code) {
        return definitions(Kind.RETURN, code);
    }

    /**
     * {@code product}'s description of a return code in Chinese; see {@link #message(Product, long, Lang)}.
     *
     * @param product the product whose API returned the code
     * @param code a return code
     * @return the description
     */
    public static String message(Product product, long code) {
        return message(product, code, Lang.ZH);
    }

    /**
     * {@code product}'s description of a return code; for a code its sections define
     * differently, a sentence saying to look it up by section; for an unknown code, the
     * product's generic text (ZEGO's gateway's for a code in the gateway's range).
     *
     * @param product the product whose API returned the code
     * @param code a return code
     * @param lang the language
     * @return the description
     */
    public static String message(Product product, long code, Lang lang) {
        return checked(product).message(CodeTable.checked(code), checked(lang));
    }

    /**
     * {@code product}'s suggested handling of a return code in Chinese.
     *
     * @param product the product whose API returned the code
     * @param code a return code
     * @return the suggestion (empty where ZEGO has none), or generic advice for an unknown or ambiguous code
     */
    public static String suggestion(Product product, long code) {
        return suggestion(product, code, Lang.ZH);
    }

    /**
     * {@code product}'s suggested handling of a return code.
     *
     * @param product the product whose API returned the code
     * @param code a return code
     * @param lang the language
     * @return the suggestion (empty where ZEGO has none), or generic advice for an unknown or ambiguous code
     */
    public static String suggestion(Product product, long code, Lang lang) {
        return checked(product).returns().suggestion(CodeTable.checked(code), checked(lang));
    }

    /**
     * The stable symbolic name of {@code product}'s return code.
     *
     * @param product the product whose API returned the code
     * @param code a return code
     * @return the name, or null if unknown or ambiguous
     */
    public static String name(Product product, long code) {
        return checked(product).returns().name(CodeTable.checked(code));
    }

    /**
     * Whether {@code product}'s catalog holds a return code.
     *
     * @param product the product whose API returned the code
     * @param code a return code
     * @return {@code true} if some section of the product lists it
     */
    public static boolean isKnown(Product product, long code) {
        return checked(product).returns().first(CodeTable.checked(code)) >= 0;
    }

    /**
     * Whether {@code product}'s sections define a return code differently.
     *
     * @param product the product whose API returned the code
     * @param code a return code
     * @return {@code true} if a lookup without a section does not pick one meaning
     */
    public static boolean isAmbiguous(Product product, long code) {
        return lookup(product, code).isAmbiguous();
    }

    /**
     * What a caller should do about {@code product}'s return code.
     *
     * @param product the product whose API returned the code
     * @param code a return code
     * @return the guidance; for an ambiguous code the one its meanings share, else
     *     {@link Guidance#UNKNOWN}, as for an unknown code
     */
    public static Guidance guidance(Product product, long code) {
        return checked(product).returns().guidance(CodeTable.checked(code));
    }

    /**
     * Whether trying again later may succeed.
     *
     * @param product the product whose API returned the code
     * @param code a return code
     * @return the guidance's {@link Guidance#isRetryable()}
     */
    public static boolean isRetryable(Product product, long code) {
        return guidance(product, code).isRetryable();
    }

    /**
     * The category of {@code product}'s return code: {@link Category#SUCCESS} for 0,
     * {@link Category#COMMON} for ZEGO's gateway range, otherwise AI Agent's ranges for AI
     * Agent and {@link Category#BUSINESS} for any other product's own codes.
     *
     * @param product the product whose API returned the code
     * @param code a return code
     * @return the category
     */
    public static Category category(Product product, long code) {
        return checked(product).returns().category(CodeTable.checked(code));
    }

    /**
     * {@code product}'s description of a callback event code in Chinese.
     *
     * @param product the product whose callback carried the code
     * @param code an event code
     * @return the description, or the product's generic text for an unknown code
     */
    public static String eventMessage(Product product, long code) {
        return eventMessage(product, code, Lang.ZH);
    }

    /**
     * {@code product}'s description of a callback event code.
     *
     * @param product the product whose callback carried the code
     * @param code an event code
     * @param lang the language
     * @return the description, or the product's generic text for an unknown code
     */
    public static String eventMessage(Product product, long code, Lang lang) {
        return checked(product).family(Kind.EVENT).message(CodeTable.checked(code), checked(lang));
    }

    /**
     * {@code product}'s suggested handling of a callback event code in Chinese.
     *
     * @param product the product whose callback carried the code
     * @param code an event code
     * @return the suggestion, or generic advice for an unknown code
     */
    public static String eventSuggestion(Product product, long code) {
        return eventSuggestion(product, code, Lang.ZH);
    }

    /**
     * {@code product}'s suggested handling of a callback event code.
     *
     * @param product the product whose callback carried the code
     * @param code an event code
     * @param lang the language
     * @return the suggestion, or generic advice for an unknown code
     */
    public static String eventSuggestion(Product product, long code, Lang lang) {
        return checked(product).family(Kind.EVENT).suggestion(CodeTable.checked(code), checked(lang));
    }

    /**
     * The stable symbolic name of {@code product}'s callback event code.
     *
     * @param product the product whose callback carried the code
     * @param code an event code
     * @return the name, or null if unknown or ambiguous
     */
    public static String eventName(Product product, long code) {
        return checked(product).family(Kind.EVENT).name(CodeTable.checked(code));
    }

    /**
     * Whether {@code product}'s catalog holds a callback event code.
     *
     * @param product the product whose callback carried the code
     * @param code an event code
     * @return {@code true} if the product lists it
     */
    public static boolean eventIsKnown(Product product, long code) {
        return checked(product).family(Kind.EVENT).first(CodeTable.checked(code)) >= 0;
    }

    /**
     * What a caller should do about {@code product}'s callback event code.
     *
     * @param product the product whose callback carried the code
     * @param code an event code
     * @return the guidance; {@link Guidance#UNKNOWN} for an unknown code
     */
    public static Guidance eventGuidance(Product product, long code) {
        return checked(product).family(Kind.EVENT).guidance(CodeTable.checked(code));
    }

    /**
     * Whether trying again later may succeed.
     *
     * @param product the product whose callback carried the code
     * @param code an event code
     * @return the guidance's {@link Guidance#isRetryable()}
     */
    public static boolean eventIsRetryable(Product product, long code) {
        return eventGuidance(product, code).isRetryable();
    }

    /**
     * The category of {@code product}'s callback event code: AI Agent's by its ranges,
     * {@link EventCategory#UNKNOWN} for any other product's.
     *
     * @param product the product whose callback carried the code
     * @param code an event code
     * @return the category
     */
    public static EventCategory eventCategory(Product product, long code) {
        return checked(product).family(Kind.EVENT).eventCategory(CodeTable.checked(code));
    }

    /**
     * Returns for code 0; for any other return code of {@code product}'s API throws the
     * exception of its guidance, as {@link #check(long, String, String)} does, naming the
     * product ({@link ZegoException#getProduct()}). A code the product's sections define
     * differently throws the class of the guidance they share, else {@link UnknownCodeException}.
     *
     * @param product the product whose API answered
     * @param code the response's return code
     * @param message the response's message, or null; without one the exception carries ours
     * @param requestId the response's request ID, or null
     * @throws ZegoException unless {@code code} is 0
     * @throws NullPointerException if {@code product} is null
     */
    public static void check(Product product, long code, String message, String requestId) {
        check(product, code, message, requestId, Lang.ZH);
    }

    /**
     * {@link #check(Product, long, String, String)} with our texts in {@code lang}.
     *
     * @param product the product whose API answered
     * @param code the response's return code
     * @param message the response's message, or null; without one the exception carries ours
     * @param requestId the response's request ID, or null
     * @param lang the language of our message and suggestion
     * @throws ZegoException unless {@code code} is 0
     * @throws NullPointerException if {@code product} or {@code lang} is null
     */
    public static void check(Product product, long code, String message, String requestId, Lang lang) {
        checked(product);
        checked(lang);
        if (CodeTable.checked(code) == 0) {
            return;
        }
        throw Exceptions.of(product, code, message, requestId, lang);
    }
}
