package zegocodes;

/** Already exists or superseded (guidance {@code conflict}): do not repeat the request. */
public class ConflictException extends ZegoException {
    private static final long serialVersionUID = 1L;

    /**
     * See {@link ZegoException#ZegoException(long, String, String)}.
     *
     * @param code the return code, in 0 to 4294967295
     * @param message the server's message, or null (or empty) to carry ours
     * @param requestId the server's request ID, or null
     */
    public ConflictException(long code, String message, String requestId) {
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
    public ConflictException(long code, String message, String requestId, Lang lang) {
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
    public ConflictException(Product product, long code, String message, String requestId, Lang lang) {
        super(product, code, message, requestId, lang);
    }
}
