package zegocodes;

/**
 * The kind of a code: a return code (the {@code Code} field of an API response) or a callback
 * event code. A product's pages list each kind in its own tables, so a number is looked up as
 * one or the other.
 */
public enum Kind {
    /** A return code: the {@code Code} field of an API response ({@code "return"}). */
    RETURN("return"),
    /** A callback event code ({@code "event"}). */
    EVENT("event");

    private final String value;

    Kind(String value) {
        this.value = value;
    }

    /**
     * The stable name used by the command line and JSON.
     *
     * @return {@code "return"} or {@code "event"}
     */
    public String getValue() {
        return value;
    }
}
