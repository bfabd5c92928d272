package zegocodes;

/**
 * The lookup both code families share, answering as the core does; the generated enums
 * {@link ZegoCode} and {@link ZegoEventCode} hold each family's data in static final fields,
 * which the JIT reads as constants, and call these.
 *
 * <p>A known code is found with the core's multiplicative perfect hash: multiply, keep the top
 * bits, and the slot names the only constant that can hold the code, which one compare
 * confirms. Any code falls in one of the family's ranges, each with its category and the texts
 * the core gives the codes of that category it does not know.
 */
final class CodeTable {
    private CodeTable() {
    }

    /** {@code code} if it is in 0 to 4294967295. */
    static long checked(long code) {
        if ((code >>> 32) != 0) {
            throw new IllegalArgumentException("code " + code + " is outside 0 to 4294967295");
        }
        return code;
    }

    /** The slot of {@code code} (in 0 to 4294967295) in a table of {@code 1 << (32 - shift)}. */
    static int slot(long code, int multiplier, int shift) {
        return ((int) code * multiplier) >>> shift;
    }

    /**
     * Fills {@code byHash} with the constant each slot names: {@code slots} holds one char per
     * slot, the index into {@code constants}. Empty slots name a constant whose own code hashes
     * to another slot, so the compare rejects every code that lands there.
     */
    static <C> C[] byHash(C[] constants, String slots, C[] byHash) {
        for (int i = 0; i < byHash.length; i++) {
            byHash[i] = constants[slots.charAt(i)];
        }
        return byHash;
    }

    /**
     * The range of {@code code} (in 0 to 4294967295): how many of {@code ends}, the last codes
     * of every range but the last, lie below it. Each term is the sign bit of
     * {@code end - code}, 1 when the code is past that end: arithmetic with no branch to
     * mispredict on codes from different ranges.
     */
    static int range(long code, long[] ends) {
        int range = 0;
        for (long end : ends) {
            range += (int) ((end - code) >>> 63);
        }
        return range;
    }

    /**
     * By bucket of {@code unit} codes, {@code buckets} of them: the range of the bucket's first
     * code (4294967295 for buckets past it, which no code reaches). The generator chose
     * {@code unit} so that every code of a bucket has that range's texts.
     */
    static byte[] rangeByBucket(long[] ends, int unit, int buckets) {
        byte[] out = new byte[buckets];
        for (int q = 0; q < buckets; q++) {
            out[q] = (byte) range(Math.min((long) q * unit, 0xFFFFFFFFL), ends);
        }
        return out;
    }

    /**
     * The index of a code's answer: {@code hit} if {@code key}, the code its hash slot holds,
     * is the code, else {@code miss}. Arithmetic, with no branch: for a branch that a loop
     * has only seen go one way the JIT compiles a trap, and keeps what the trap would need
     * on the stack, storing and loading the loop's own counters on every lookup.
     *
     * @param code the code's low 32 bits
     * @param key the low 32 bits of the code its slot holds
     * @param hit the index of the slot's answer
     * @param miss the index of the unknown-code text of the code's range
     */
    static int answer(int code, int key, int hit, int miss) {
        // 0 where the slot holds the code, else all ones: only 0 has 32 leading zeros.
        int other = (Integer.numberOfLeadingZeros(key ^ code) >>> 5) - 1;
        return hit ^ ((hit ^ miss) & other);
    }

    /** {@code texts} of each bucket's range. */
    static String[] byRange(String[] texts, byte[] ranges) {
        String[] out = new String[ranges.length];
        for (int q = 0; q < ranges.length; q++) {
            out[q] = texts[ranges[q]];
        }
        return out;
    }
}
