package zegocodes;

/** A code the catalog does not hold (guidance {@code unknown}): read the message, do not retry blindly. */
public class UnknownCodeException extends ZegoException {
    private static final long serialVersionUID = 1L;

    /**
     * See {@link ZegoException#ZegoException(long, String, String)}.
     *
     * @param code the return code, in 0 to 4294967295
     * @param message the server's message, or null (or empty) to carry ours
     * @param requestId the server's request ID, or null
     */
    public UnknownCodeException(long code, String message, String requestId) {
        super(code, message, requestId);
    }

    /**
     * See {@link ZegoException#ZegoException(long, String, String, Lang)}.
     *
     * @param code the return code, in 0 to 4294967295
     * @param message the server's message, or null (or empty) to carry ours
     * @param requestId the server's request ID, or null
     * @param lang the language of our message and suggestion
     */
    public UnknownCodeException(long code, String message, String requestId, Lang lang) {
        super(code, message, requestId, lang);
    }

    /**
     * See {@link ZegoException#ZegoException(Product, long, String, String, Lang)}.
     *
     * @param product the product whose API returned the code
     * @param code the return code, in 0 to 4294967295
     * @param message the server's message, or null (or empty) to carry ours
     * @param requestId the server's request ID, or null
     * @param lang the language of our message and suggestion
     */
    public UnknownCodeException(Product product, long code, String message, String requestId, Lang lang) {
        super(product, code, message, requestId, lang);
    }
}
