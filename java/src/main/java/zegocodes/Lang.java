package zegocodes;

/** The language of a text. ZEGO publishes every table in Chinese and English. */
public enum Lang {
    /** Simplified Chinese, ZEGO's primary text ({@code "zh"}): the default of every method without a {@code Lang}. */
    ZH("zh"),
    /** English ({@code "en"}). */
    EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /**
     * The tag the project's other interfaces use.
     *
     * @return {@code "zh"} or {@code "en"}
     */
    public String getTag() {
        return tag;
    }

    /** {@code zh} or {@code en}; called on a null Lang it throws NullPointerException, as promised. */
    String pick(String zh, String en) {
        return this == EN ? en : zh;
    }

    /** The same for a table of texts, so that only the one read is loaded. */
    String[] pick(String[] zh, String[] en) {
        return this == EN ? en : zh;
    }
}
