package zegocodes;

/**
 * One code family's lookup, answering as the core does. A known code is found with the core's
 * multiplicative perfect hash: multiply, keep the top bits, and the slot names the only
 * constant that can hold the code, which one compare confirms. Any code falls in one of the
 * family's ranges, each with its category and the texts the core gives the codes of that
 * category it does not know. The generated enums {@link ZegoCode} and {@link ZegoEventCode}
 * hold the data; this class holds the behaviour both share.
 *
 * @param <C> the family's enum
 * @param <K> the family's category enum
 */
final class CodeTable<C extends Enum<C>, K extends Enum<K>> {
    private final int multiplier;
    private final int shift;
    /** The constant each slot names; empty slots name one whose code hashes elsewhere. */
    private final C[] byHash;
    /** The code of the constant of each slot, so a lookup compares without a field load. */
    private final long[] codeByHash;
    /** The last code of every range but the last, which ends at 4294967295; ascending. */
    private final long[] rangeEnds;
    private final K[] rangeCategory;
    private final String[] unknownMessageZh;
    private final String[] unknownMessageEn;
    private final String[] unknownSuggestionZh;
    private final String[] unknownSuggestionEn;

    /**
     * @param constants the family's constants, in declaration order
     * @param codes the code of each constant, in the same order
     * @param multiplier the perfect hash's multiplier
     * @param shift 32 minus the perfect hash's bits
     * @param slots the index into {@code constants} of each slot, one char a slot
     * @param byHash an empty array of one element per slot, which this fills (an array of C
     *     is made where C is known)
     */
    CodeTable(C[] constants, long[] codes, int multiplier, int shift, String slots, C[] byHash,
            long[] rangeEnds, K[] rangeCategory, String[] unknownMessageZh, String[] unknownSuggestionZh,
            String[] unknownMessageEn, String[] unknownSuggestionEn) {
        this.multiplier = multiplier;
        this.shift = shift;
        this.byHash = byHash;
        this.codeByHash = new long[slots.length()];
        for (int i = 0; i < slots.length(); i++) {
            byHash[i] = constants[slots.charAt(i)];
            codeByHash[i] = codes[slots.charAt(i)];
        }
        this.rangeEnds = rangeEnds;
        this.rangeCategory = rangeCategory;
        this.unknownMessageZh = unknownMessageZh;
        this.unknownSuggestionZh = unknownSuggestionZh;
        this.unknownMessageEn = unknownMessageEn;
        this.unknownSuggestionEn = unknownSuggestionEn;
    }

    /** The constant of {@code code} (already checked to be in 0 to 4294967295), or null. */
    C find(long code) {
        int slot = ((int) code * multiplier) >>> shift;
        return codeByHash[slot] == code ? byHash[slot] : null;
    }

    /**
     * The range of {@code code} (in 0 to 4294967295): how many ranges end below it. Each term
     * is the sign bit of {@code end - code}, 1 when the code is past that end: arithmetic with
     * no branch to mispredict on codes from different ranges.
     */
    private int range(long code) {
        int range = 0;
        for (long end : rangeEnds) {
            range += (int) ((end - code) >>> 63);
        }
        return range;
    }

    K categoryOf(long code) {
        return rangeCategory[range(code)];
    }

    String unknownMessage(long code, Lang lang) {
        return lang.pick(unknownMessageZh, unknownMessageEn)[range(code)];
    }

    String unknownSuggestion(long code, Lang lang) {
        return lang.pick(unknownSuggestionZh, unknownSuggestionEn)[range(code)];
    }
}
