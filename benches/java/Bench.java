import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import zegocodes.ZegoCode;
import zegocodes.ZegoCodes;

/**
 * ns per message lookup: {@code ZegoCodes.message(code)} against {@code HashMap<Integer,
 * String>.get(code)} on the same table and against a {@code switch} (SwitchMessages.java,
 * written from the jar by SwitchSource.java), for known and unknown codes separately.
 * JMH is not reachable here, so this is a small harness in its manner: every case runs in
 * several fresh JVMs (forks); in each, warm-up iterations let the JIT compile the loop, then
 * each measured iteration times REPS passes over 1024 codes; a fork reports its median
 * iteration, and the table gives the median over forks. Forks run round by round (each round
 * one fork of every cell), and the ratio to HashMap.get is the median of the rounds' ratios. Every alternative returns a fallback
 * text for unknown codes, as the catalog does, and the loop consumes each result's length.
 *
 * usage: java -cp JAR:CLASSES Bench [--quick]     (--fork CASE IMPL is the child's mode)
 */
public class Bench {
    private static final int N = 1024;
    private static final String FALLBACK = "unknown";
    private static final String[] CASES = {"known", "unknown"};
    private static final String[] IMPLS = {"ZegoCodes.message", "HashMap.get", "switch"};

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--fork")) {
            boolean quick = Boolean.getBoolean("bench.quick");
            System.out.println(fork(args[1], args[2], quick ? 3 : 10, quick ? 3 : 15, quick ? 2_000_000L : 10_000_000L));
            return;
        }
        boolean quick = args.length > 0 && args[0].equals("--quick");
        int forks = quick ? 1 : 7;
        Map<String, double[]> medians = new LinkedHashMap<>();
        for (String c : CASES) {
            for (String impl : IMPLS) {
                medians.put(c + "\t" + impl, new double[forks]);
            }
        }
        // Round by round, so a slow spell of a shared machine falls on every cell alike.
        for (int f = 0; f < forks; f++) {
            for (Map.Entry<String, double[]> cell : medians.entrySet()) {
                String[] key = cell.getKey().split("\t");
                cell.getValue()[f] = runFork(key[0], key[1], quick);
            }
        }
        System.out.println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                + "), " + forks + " fork(s) per cell: ns per lookup, median of the forks' medians; ratio to"
                + " HashMap.get, median of each round's ratio");
        System.out.println("| lookup | known ns | ratio | unknown ns | ratio |");
        System.out.println("|---|---|---|---|---|");
        for (String impl : IMPLS) {
            StringBuilder row = new StringBuilder("| " + impl + " |");
            for (String c : CASES) {
                double[] mine = medians.get(c + "\t" + impl);
                double[] base = medians.get(c + "\tHashMap.get");
                double[] ratios = new double[forks];
                for (int f = 0; f < forks; f++) {
                    ratios[f] = mine[f] / base[f];
                }
                row.append(String.format(" %.2f | %.2fx |", median(mine), median(ratios)));
            }
            System.out.println(row);
        }
        for (Map.Entry<String, double[]> e : medians.entrySet()) {
            System.out.println("forks\t" + e.getKey() + "\t" + Arrays.toString(e.getValue()));
        }
    }

    /** Runs one case in a fresh JVM and returns its median ns per lookup. */
    private static double runFork(String c, String impl, boolean quick) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(java, "-Dbench.quick=" + quick, "-cp",
                System.getProperty("java.class.path"), "Bench", "--fork", c, impl);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                last = line;
            }
        }
        if (p.waitFor() != 0 || last == null) {
            throw new IllegalStateException("fork " + c + " " + impl + " failed: " + last);
        }
        return Double.parseDouble(last);
    }

    /** One fork: warm up, then the median of the measured iterations, in ns per lookup. */
    static double fork(String c, String impl, int warmups, int iterations, long lookupsPerIteration) {
        int[] codes = c.equals("known") ? knownCodes() : unknownCodes();
        long[] longCodes = new long[N];
        for (int i = 0; i < N; i++) {
            longCodes[i] = codes[i] & 0xFFFFFFFFL;
        }
        Map<Integer, String> map = new HashMap<>();
        for (ZegoCode z : ZegoCode.values()) {
            map.put((int) z.getCode(), z.getMessage());
        }
        verify(codes, longCodes, map);
        int reps = (int) Math.max(1, lookupsPerIteration / N);
        double[] ns = new double[iterations];
        long sink = 0;
        for (int i = -warmups; i < iterations; i++) {
            long start = System.nanoTime();
            switch (impl) {
                case "ZegoCodes.message": sink += catalog(longCodes, reps); break;
                case "HashMap.get": sink += hashMap(map, codes, reps); break;
                default: sink += bySwitch(codes, reps);
            }
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                ns[i] = (double) elapsed / ((long) reps * N);
            }
        }
        if (sink == 42) {
            System.out.println("sink");
        }
        return median(ns);
    }

    static long catalog(long[] codes, int reps) {
        long sum = 0;
        for (int r = 0; r < reps; r++) {
            for (long code : codes) {
                sum += ZegoCodes.message(code).length();
            }
        }
        return sum;
    }

    static long hashMap(Map<Integer, String> map, int[] codes, int reps) {
        long sum = 0;
        for (int r = 0; r < reps; r++) {
            for (int code : codes) {
                String s = map.get(code);
                sum += (s != null ? s : FALLBACK).length();
            }
        }
        return sum;
    }

    static long bySwitch(int[] codes, int reps) {
        long sum = 0;
        for (int r = 0; r < reps; r++) {
            for (int code : codes) {
                sum += SwitchMessages.message(code, FALLBACK).length();
            }
        }
        return sum;
    }

    /** The three agree on every known code before anything is timed. */
    private static void verify(int[] codes, long[] longCodes, Map<Integer, String> map) {
        for (int i = 0; i < N; i++) {
            String fromMap = map.get(codes[i]);
            String fromSwitch = SwitchMessages.message(codes[i], FALLBACK);
            boolean known = ZegoCodes.isKnown(longCodes[i]);
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

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
