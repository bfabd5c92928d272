package zegocodes.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the core answers, as `cargo run -p zego-codes-ffi --example expectations` prints it
 * (format in ffi/examples/expectations.rs); make passes the file as -Dzegocodes.expectations.
 * No test keeps a list of codes or texts of its own.
 */
final class Expectations {
    /** One R (return) or E (event) record: a known code or an edge code. */
    static final class Code {
        char kind;
        long code;
        boolean known;
        String name;
        String messageZh;
        String suggestionZh;
        String messageEn;
        String suggestionEn;
        /** The revision of ZEGO's page that dropped the code; "" while ZEGO lists it. */
        String withdrawn;
        int category;
        int guidance;
        boolean retryable;
        boolean success;
        String since;

        @Override
        public String toString() {
            return kind + " " + code + (known ? " " + name : "");
        }
    }

    /** One G record: a guidance kind. */
    static final class GuidanceKind {
        int value;
        String name;
        boolean retryable;
        String summaryZh;
        String summaryEn;
    }

    String version;
    final List<Code> returns = new ArrayList<>();
    final List<Code> events = new ArrayList<>();
    final List<GuidanceKind> guidance = new ArrayList<>();
    final List<String> categories = new ArrayList<>();
    final List<String> eventCategories = new ArrayList<>();

    private static Expectations loaded;

    static synchronized Expectations get() {
        if (loaded == null) {
            String path = System.getProperty("zegocodes.expectations");
            if (path == null) {
                throw new IllegalStateException("run with -Dzegocodes.expectations=FILE (make test-java does)");
            }
            try {
                loaded = parse(Files.readAllLines(Paths.get(path), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(path, e);
            }
        }
        return loaded;
    }

    static Expectations parse(List<String> lines) {
        Expectations e = new Expectations();
        Map<String, String> since = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            switch (f[0]) {
                case "V":
                    e.version = f[1];
                    break;
                case "R":
                case "E":
                    Code c = new Code();
                    c.kind = f[0].charAt(0);
                    c.code = Long.parseLong(f[1]);
                    c.known = f[2].equals("1");
                    c.name = c.known ? f[3] : null;
                    c.messageZh = f[4];
                    c.suggestionZh = f[5];
                    c.messageEn = f[6];
                    c.suggestionEn = f[7];
                    c.withdrawn = f[8];
                    c.category = Integer.parseInt(f[9]);
                    c.guidance = Integer.parseInt(f[10]);
                    c.retryable = f[11].equals("1");
                    c.success = f[12].equals("1");
                    (c.kind == 'R' ? e.returns : e.events).add(c);
                    break;
                case "S":
                    since.put(f[1] + f[2], f[3]);
                    break;
                case "G":
                    GuidanceKind g = new GuidanceKind();
                    g.value = Integer.parseInt(f[1]);
                    g.name = f[2];
                    g.retryable = f[3].equals("1");
                    g.summaryZh = f[4];
                    g.summaryEn = f[5];
                    e.guidance.add(g);
                    break;
                case "C":
                    e.categories.add(Integer.parseInt(f[1]), f[2]);
                    break;
                case "K":
                    e.eventCategories.add(Integer.parseInt(f[1]), f[2]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown record: " + line);
            }
        }
        for (Code c : e.returns) {
            c.since = since.get("R" + c.code);
        }
        for (Code c : e.events) {
            c.since = since.get("E" + c.code);
        }
        if (e.version == null || e.returns.isEmpty() || e.events.isEmpty() || e.guidance.isEmpty()) {
            throw new IllegalArgumentException("expectations lack a version, codes or guidance");
        }
        return e;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                char next = s.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    List<Code> known(List<Code> codes) {
        List<Code> out = new ArrayList<>();
        for (Code c : codes) {
            if (c.known) {
                out.add(c);
            }
        }
        return out;
    }
}
