package zegocodes;

/**
 * A return code other than 0, thrown by {@link ZegoCodes#check(long, String, String)} and, for
 * any product's API, {@link ZegoCodes#check(Product, long, String, String)}: one subclass per
 * kind of handling, so {@code catch (RateLimitException e)} reads as what the caller will do.
 * Codes whose guidance asks nothing more specific ({@code see_message}, whose reason is only in
 * the message) throw this class itself. {@link #getProduct()} names the product whose code it is.
 */
public class ZegoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The product whose API returned the code; null in an exception serialized before products. */
    private final Product product;
    /** The return code. */
    private final long code;
    /** The server's request ID, or null. */
    private final String requestId;
    /** Our suggested handling, in the language asked for. */
    private final String suggestion;

    /**
     * An exception for {@code code}, with our texts in Chinese.
     *
     * @param code the return code, in 0 to 4294967295
     * @param message the server's message, or null (or empty) to carry ours
     * @param requestId the server's request ID, or null
     */
    public ZegoException(long code, String message, String requestId) {
        this(code, message, requestId, Lang.ZH);
    }

    /**
     * An exception for {@code code}.
     *
     * @param code the return code, in 0 to 4294967295
     * @param message the server's message, or null (or empty) to carry ours
     * @param requestId the server's request ID, or null
     * @param lang the language of our message and suggestion
     */
    public ZegoException(long code, String message, String requestId, Lang lang) {
        this(Product.DEFAULT, code, message, requestId, lang);
    }

    /**
     * An exception for return code {@code code} of {@code product}'s API.
     *
     * @param product the product whose API returned the code
     * @param code the return code, in 0 to 4294967295
     * @param message the server's message, or null (or empty) to carry ours
     * @param requestId the server's request ID, or null
     * @param lang the language of our message and suggestion
     * @throws NullPointerException if {@code product} or {@code lang} is null
     */
    public ZegoException(Product product, long code, String message, String requestId, Lang lang) {
        super(message != null && !message.isEmpty() ? message : ZegoCodes.message(product, code, lang));
        this.product = product;
        this.code = code;
        this.requestId = requestId;
        this.suggestion = ZegoCodes.suggestion(product, code, lang);
    }

    /**
     * The product whose API returned the code.
     *
     * @return the product; {@link Product#DEFAULT} for the constructors without one
     */
    public Product getProduct() {
        return product != null ? product : Product.DEFAULT;
    }

    /**
     * The return code.
     *
     * @return the code
     */
    public long getCode() {
        return code;
    }

    /**
     * The code's stable symbolic name.
     *
     * @return the name, or null for a code the catalog does not hold
     */
    public String getCodeName() {
        return ZegoCodes.name(getProduct(), code);
    }

    /**
     * The server's request ID, to give ZEGO support.
     *
     * @return the request ID, or null if none was given
     */
    public String getRequestId() {
        return requestId;
    }

    /**
     * Our suggested handling of the code (ZEGO's, or generic advice for an unknown code).
     *
     * @return the suggestion, possibly empty
     */
    public String getSuggestion() {
        return suggestion;
    }

    /**
     * What the caller should do.
     *
     * @return the code's guidance
     */
    public Guidance getGuidance() {
        return ZegoCodes.guidance(getProduct(), code);
    }

    /**
     * Whether the same request may succeed when sent again later.
     *
     * @return the guidance's {@link Guidance#isRetryable()}
     */
    public boolean isRetryable() {
        return getGuidance().isRetryable();
    }

    /**
     * The server's message when one was given, else the catalog's.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return super.getMessage();
    }

    /**
     * {@code zegocodes.NotFoundException: 410001002 AGENT_INSTANCE_NOT_FOUND: message (RequestId: id)};
     * another product's than the default's with its id first: {@code ...: asr 410001002 ...}.
     */
    @Override
    public String toString() {
        String name = getCodeName();
        StringBuilder s = new StringBuilder(getClass().getName()).append(": ");
        if (getProduct() != Product.DEFAULT) {
            s.append(getProduct().getId()).append(' ');
        }
        s.append(code);
        if (name != null) {
            s.append(' ').append(name);
        }
        s.append(": ").append(getMessage());
        if (requestId != null) {
            s.append(" (RequestId: ").append(requestId).append(')');
        }
        return s.toString();
    }
}
