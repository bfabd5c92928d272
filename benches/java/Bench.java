import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import zegocodes.Kind;
import zegocodes.Meaning;
import zegocodes.Product;
import zegocodes.ZegoCode;
import zegocodes.ZegoCodes;

/**
 * ns per message lookup: {@code ZegoCodes.message(code)} against {@code HashMap<Integer,
 * String>.get(code)} on the same table and against a {@code switch} (SwitchMessages.java,
 * written from the jar by SwitchSource.java), for known and unknown codes separately.
 * JMH is not reachable here, so this is a small harness in its manner: each case runs in
 * several fresh JVMs (forks). In a fork, every iteration times each implementation once over
 * the same 1024 codes, REPS times, back to back in a rotating order, so that a slow spell of a
 * shared machine falls on all three alike; warm-up iterations let the JIT compile each loop
 * first. A fork reports each implementation's median ns per lookup and the median of its
 * per-iteration ratio to HashMap.get; the table gives the medians over forks. Every
 * alternative returns a fallback text for unknown codes, as the catalog does, and the loop
 * stores each result.
 *
 * <p>Lookups by product, side by side in the same forks: {@code ZegoCodes.message(Product.DEFAULT,
 * code)} on the same codes (the product path on AI Agent's table), and {@code
 * ZegoCodes.message(P, code)} for P the product with the most return codes, on codes of its own
 * drawn the same way (known: its codes; unknown: its near misses and arbitrary values). Each is
 * also given as a ratio to {@code ZegoCodes.message(code)} in the same iteration.
 *
 * usage: java -cp JAR:CLASSES Bench [--quick]     (--fork CASE is the child's mode)
 */
public class Bench {
    private static final int N = 1024;
    private static final String FALLBACK = "unknown";
    private static final String[] CASES = {"known", "unknown"};
    /** The product of the last implementation: the one with the most return codes. */
    static final Product PRODUCT = largest();
    /**
     * In the order of fork()'s switch; HashMap.get (1) is the base of the ratios, and
     * ZegoCodes.message (0) of the second ratio.
     */
    private static final String[] IMPLS = {"ZegoCodes.message(code)", "HashMap.get", "switch",
        "ZegoCodes.message(Product." + Product.DEFAULT + ", code)", "ZegoCodes.message(Product." + PRODUCT + ", code)"};

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--fork")) {
            boolean quick = Boolean.getBoolean("bench.quick");
            System.out.println(fork(args[1], quick ? 3 : 10, quick ? 3 : 21, quick ? 1_000_000L : 4_000_000L));
            return;
        }
        boolean quick = args.length > 0 && args[0].equals("--quick");
        // The JVM's default collector, then (not in --quick) the serial one: G1's write
        // barrier filters every reference stored into OUT, which costs a loaded String more
        // than a constant one (HashMap.get's miss stores the constant fallback).
        String[] collectors = quick ? new String[] {""} : new String[] {"", "-XX:+UseSerialGC"};
        for (String gc : collectors) {
            table(gc, quick);
        }
    }

    private static void table(String gc, boolean quick) throws IOException, InterruptedException {
        int forks = quick ? 1 : 7;
        // [case][impl][fork]: ns per lookup, and the ratios to HashMap.get and to ZegoCodes.message
        double[][][] ns = new double[CASES.length][IMPLS.length][forks];
        double[][][] ratio = new double[CASES.length][IMPLS.length][forks];
        double[][][] vsCatalog = new double[CASES.length][IMPLS.length][forks];
        for (int f = 0; f < forks; f++) {
            for (int c = 0; c < CASES.length; c++) {
                String[] fields = runFork(CASES[c], quick, gc).split(" ");
                for (int i = 0; i < IMPLS.length; i++) {
                    ns[c][i][f] = Double.parseDouble(fields[3 * i]);
                    ratio[c][i][f] = Double.parseDouble(fields[3 * i + 1]);
                    vsCatalog[c][i][f] = Double.parseDouble(fields[3 * i + 2]);
                }
            }
        }
        System.out.println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                + (gc.isEmpty() ? ", default collector" : ", " + gc) + "), " + forks
                + " fork(s) per case: CPU ns per lookup, ratio to HashMap.get and to ZegoCodes.message(code), medians");
        System.out.println("| lookup | known ns | / HashMap.get | / message(code) | unknown ns | / HashMap.get | / message(code) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int i = 0; i < IMPLS.length; i++) {
            StringBuilder row = new StringBuilder("| " + IMPLS[i] + " |");
            for (int c = 0; c < CASES.length; c++) {
                row.append(String.format(" %.2f | %.2fx | %.2fx |", median(ns[c][i]), median(ratio[c][i]), median(vsCatalog[c][i])));
            }
            System.out.println(row);
        }
        for (int c = 0; c < CASES.length; c++) {
            for (int i = 0; i < IMPLS.length; i++) {
                System.out.println("forks\t" + CASES[c] + "\t" + IMPLS[i] + "\tns " + Arrays.toString(ns[c][i])
                        + "\tratio " + Arrays.toString(ratio[c][i]) + "\tvs message(code) " + Arrays.toString(vsCatalog[c][i]));
            }
        }
    }

    /** Runs one case in a fresh JVM; its last line is "ns ratio" per implementation. */
    private static String runFork(String c, boolean quick, String gc) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(Arrays.asList(java, "-Dbench.quick=" + quick));
        if (!gc.isEmpty()) {
            command.add(gc);
        }
        command.addAll(Arrays.asList("-cp", System.getProperty("java.class.path"), "Bench", "--fork", c));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                last = line;
            }
        }
        if (p.waitFor() != 0 || last == null) {
            throw new IllegalStateException("fork " + c + " failed: " + last);
        }
        return last;
    }

    /**
     * One fork: every iteration times each implementation once, back to back (in a rotating
     * order), so a slow spell of a shared machine falls on all of them alike; after the
     * warm-up, the median ns per lookup of each and the median of its per-iteration ratio to
     * HashMap.get.
     */
    static String fork(String c, int warmups, int iterations, long lookupsPerIteration) {
        int[] codes = c.equals("known") ? knownCodes() : unknownCodes();
        long[] longCodes = new long[N];
        for (int i = 0; i < N; i++) {
            longCodes[i] = codes[i] & 0xFFFFFFFFL;
        }
        long[] productCodes = c.equals("known") ? productKnown() : productUnknown();
        Map<Integer, String> map = new HashMap<>();
        for (ZegoCode z : ZegoCode.values()) {
            map.put((int) z.getCode(), z.getMessage());
        }
        verify(codes, longCodes, map);
        int reps = (int) Math.max(1, lookupsPerIteration / N);
        double[][] ns = new double[IMPLS.length][iterations];
        long sink = 0;
        for (int it = -warmups; it < iterations; it++) {
            for (int k = 0; k < IMPLS.length; k++) {
                int impl = Math.floorMod(it + k, IMPLS.length);
                long start = cpuNanos();
                switch (impl) {
                    case 0: sink += catalog(longCodes, reps); break;
                    case 1: sink += hashMap(map, codes, reps); break;
                    case 2: sink += bySwitch(codes, reps); break;
                    case 3: sink += byProduct(Product.DEFAULT, longCodes, reps); break;
                    default: sink += byProduct(PRODUCT, productCodes, reps);
                }
                long elapsed = cpuNanos() - start;
                if (it >= 0) {
                    ns[impl][it] = (double) elapsed / ((long) reps * N);
                }
            }
        }
        if (sink == 42) {
            System.out.println("sink");
        }
        StringBuilder out = new StringBuilder();
        for (int impl = 0; impl < IMPLS.length; impl++) {
            double[] ratio = new double[iterations];
            double[] vsCatalog = new double[iterations];
            for (int it = 0; it < iterations; it++) {
                ratio[it] = ns[impl][it] / ns[1][it];
                vsCatalog[it] = ns[impl][it] / ns[0][it];
            }
            out.append(median(ns[impl])).append(' ').append(median(ratio)).append(' ').append(median(vsCatalog)).append(' ');
        }
        return out.toString().trim();
    }

    // Each loop stores every answer into OUT, as a caller keeps the String it gets: the JIT
    // cannot drop a lookup whose result is stored, and nothing dereferences the String (as
    // the Rust benchmark's str::len reads no byte), so a constant fallback gains nothing over
    // a text that depends on the code.
    private static final String[] OUT = new String[N];

    static long catalog(long[] codes, int reps) {
        String[] out = OUT;
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < N; i++) {
                out[i] = ZegoCodes.message(codes[i]);
            }
        }
        return out[reps & (N - 1)].length();
    }

    static long byProduct(Product product, long[] codes, int reps) {
        String[] out = OUT;
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < N; i++) {
                out[i] = ZegoCodes.message(product, codes[i]);
            }
        }
        return out[reps & (N - 1)].length();
    }

    static long hashMap(Map<Integer, String> map, int[] codes, int reps) {
        String[] out = OUT;
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < N; i++) {
                String s = map.get(codes[i]);
                out[i] = s != null ? s : FALLBACK;
            }
        }
        return out[reps & (N - 1)].length();
    }

    static long bySwitch(int[] codes, int reps) {
        String[] out = OUT;
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < N; i++) {
                out[i] = SwitchMessages.message(codes[i], FALLBACK);
            }
        }
        return out[reps & (N - 1)].length();
    }

    /** The lookups agree on every known code before anything is timed. */
    private static void verify(int[] codes, long[] longCodes, Map<Integer, String> map) {
        for (int i = 0; i < N; i++) {
            String fromMap = map.get(codes[i]);
            String fromSwitch = SwitchMessages.message(codes[i], FALLBACK);
            boolean known = ZegoCodes.isKnown(longCodes[i]);
            if (!ZegoCodes.message(Product.DEFAULT, longCodes[i]).equals(ZegoCodes.message(longCodes[i]))) {
                throw new IllegalStateException("the lookups by product disagree on " + longCodes[i]);
            }
            if (known ? !(ZegoCodes.message(longCodes[i]).equals(fromMap) && fromMap.equals(fromSwitch))
                    : !(fromMap == null && fromSwitch == FALLBACK)) {
                throw new IllegalStateException("the lookups disagree on " + longCodes[i]);
            }
        }
    }

    /** 1024 known codes in a scrambled order. */
    static int[] knownCodes() {
        ZegoCode[] all = ZegoCode.values();
        Random random = new Random(0x9E3779B97F4A7C15L);
        int[] out = new int[N];
        for (int i = 0; i < N; i++) {
            out[i] = (int) all[random.nextInt(all.length)].getCode();
        }
        return out;
    }

    /** 1024 codes the catalog lacks: half near misses (a known code plus or minus one), half arbitrary. */
    static int[] unknownCodes() {
        List<Long> near = new ArrayList<>();
        for (ZegoCode z : ZegoCode.values()) {
            for (long d : new long[] {-1, 1}) {
                long c = z.getCode() + d;
                if (c >= 0 && c <= 0xFFFFFFFFL && !ZegoCodes.isKnown(c)) {
                    near.add(c);
                }
            }
        }
        Collections.shuffle(near, new Random(1));
        Random random = new Random(0xD1B54A32D192ED03L);
        int[] out = new int[N];
        for (int i = 0; i < N; ) {
            long c = i % 2 == 0 ? near.get(random.nextInt(near.size())) : random.nextInt() & 0xFFFFFFFFL;
            if (!ZegoCodes.isKnown(c)) {
                out[i++] = (int) c;
            }
        }
        return out;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The CPU time of this thread: on a machine shared with other work, the time this thread
     * was descheduled is not counted against whichever lookup was running (wall time, where
     * the thread's CPU time is not available).
     */
    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** The product other than the default with the most return codes. */
    static Product largest() {
        Product best = null;
        for (Product p : Product.values()) {
            if (p != Product.DEFAULT && (best == null || p.getMeanings(Kind.RETURN).length > best.getMeanings(Kind.RETURN).length)) {
                best = p;
            }
        }
        return best;
    }

    /** 1024 of PRODUCT's return codes in a scrambled order. */
    static long[] productKnown() {
        Meaning[] all = PRODUCT.getMeanings(Kind.RETURN);
        Random random = new Random(0x9E3779B97F4A7C15L);
        long[] out = new long[N];
        for (int i = 0; i < N; i++) {
            out[i] = all[random.nextInt(all.length)].getCode();
        }
        return out;
    }

    /** 1024 codes PRODUCT lacks: half near misses, half arbitrary, as unknownCodes(). */
    static long[] productUnknown() {
        List<Long> near = new ArrayList<>();
        for (Meaning m : PRODUCT.getMeanings(Kind.RETURN)) {
            for (long d : new long[] {-1, 1}) {
                long c = m.getCode() + d;
                if (c >= 0 && c <= 0xFFFFFFFFL && !ZegoCodes.isKnown(PRODUCT, c)) {
                    near.add(c);
                }
            }
        }
        Collections.shuffle(near, new Random(1));
        Random random = new Random(0xD1B54A32D192ED03L);
        long[] out = new long[N];
        for (int i = 0; i < N; ) {
            long c = i % 2 == 0 ? near.get(random.nextInt(near.size())) : random.nextInt() & 0xFFFFFFFFL;
            if (!ZegoCodes.isKnown(PRODUCT, c)) {
                out[i++] = c;
            }
        }
        return out;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
