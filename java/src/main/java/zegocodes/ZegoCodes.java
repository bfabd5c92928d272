package zegocodes;

/**
 * Lookups of any code, known or not, answering exactly as the core does: ZEGO's texts for a
 * code the catalog holds, and for any other a generic text naming the range it falls in.
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
}
