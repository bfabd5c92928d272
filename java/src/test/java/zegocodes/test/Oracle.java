package zegocodes.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-language oracle, `zego-codes list --all-products --json` (make passes it as
 * -Dzegocodes.products, or the environment as ZEGOCODES_PRODUCTS): one object per product,
 * kind, section and code, flat (strings, numbers, booleans, null). And the core's answers to
 * the lookups the oracle does not hold (`cargo run -p zego-codes-ffi --example
 * product_lookups`, -Dzegocodes.answers; format in ffi/examples/product_lookups.rs). No test
 * keeps a code, a count or a text of its own.
 */
final class Oracle {
    /** One object of the oracle: key to value (String, Long, Boolean or null). */
    static final class Row {
        final Map<String, Object> fields = new LinkedHashMap<>();

        String str(String key) {
            return (String) need(key);
        }

        long num(String key) {
            return (Long) need(key);
        }

        boolean bool(String key) {
            return (Boolean) need(key);
        }

        Object need(String key) {
            if (!fields.containsKey(key)) {
                throw new IllegalStateException("the oracle's object lacks \"" + key + "\": " + fields);
            }
            return fields.get(key);
        }

        @Override
        public String toString() {
            return str("product") + "/" + fields.get("section") + " " + str("kind") + " " + num("code") + " " + fields.get("name");
        }
    }

    /** One L record of the answers file: an unqualified lookup as the core answers it. */
    static final class Answer {
        String product;
        String kind;
        long code;
        boolean known;
        boolean ambiguous;
        String name;
        String category;
        String guidance;
        boolean retryable;
        String messageZh;
        String suggestionZh;
        String messageEn;
        String suggestionEn;
        String since;
        String withdrawn;
        /** {@code section/NAME} per meaning. */
        List<String> meanings = new ArrayList<>();

        @Override
        public String toString() {
            return product + " " + kind + " " + code;
        }
    }

    final List<Row> rows;
    final List<Answer> answers = new ArrayList<>();
    /** D records: "kind code" to the {@code product/section/NAME} of every definition. */
    final Map<String, List<String>> definitions = new LinkedHashMap<>();

    private static Oracle loaded;

    static synchronized Oracle get() {
        if (loaded == null) {
            String path = System.getProperty("zegocodes.products", System.getenv("ZEGOCODES_PRODUCTS"));
            String answers = System.getProperty("zegocodes.answers");
            if (path == null || answers == null) {
                throw new IllegalStateException("run with -Dzegocodes.products=FILE -Dzegocodes.answers=FILE (make test-java does)");
            }
            try {
                loaded = new Oracle(new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8),
                    Files.readAllLines(Paths.get(answers), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(path, e);
            }
        }
        return loaded;
    }

    Oracle(String json, List<String> answerLines) {
        rows = new Parser(json).array();
        for (String line : answerLines) {
            String[] f = line.split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            if (f[0].equals("L")) {
                Answer a = new Answer();
                a.product = f[1];
                a.kind = f[2];
                a.code = Long.parseLong(f[3]);
                a.known = f[4].equals("1");
                a.ambiguous = f[5].equals("1");
                a.name = f[6].isEmpty() ? null : f[6];
                a.category = f[7];
                a.guidance = f[8];
                a.retryable = f[9].equals("1");
                a.messageZh = f[10];
                a.suggestionZh = f[11];
                a.messageEn = f[12];
                a.suggestionEn = f[13];
                a.since = f[14].isEmpty() ? null : f[14];
                a.withdrawn = f[15].isEmpty() ? null : f[15];
                for (String m : f[16].split(",")) {
                    if (!m.isEmpty()) {
                        a.meanings.add(m);
                    }
                }
                answers.add(a);
            } else if (f[0].equals("D")) {
                List<String> all = new ArrayList<>();
                for (String d : f[3].split(",")) {
                    all.add(d);
                }
                definitions.put(f[1] + " " + f[2], all);
            }
        }
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The rows of one product and kind holding {@code code}, in the oracle's order. */
    List<Row> rows(String product, String kind, long code) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.str("product").equals(product) && r.str("kind").equals(kind) && r.num("code") == code) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A JSON reader for the oracle's shape: an array of objects whose values are strings,
     * integers, booleans or null. Anything else is an error, not something to skip.
     */
    static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        List<Row> array() {
            List<Row> out = new ArrayList<>();
            expect('[');
            if (peek() == ']') {
                i++;
                return out;
            }
            do {
                out.add(object());
            } while (comma(']'));
            space();
            if (i != s.length()) {
                throw error("trailing text");
            }
            return out;
        }

        private Row object() {
            Row row = new Row();
            expect('{');
            if (peek() == '}') {
                i++;
                return row;
            }
            do {
                space();
                String key = string();
                expect(':');
                row.fields.put(key, value());
            } while (comma('}'));
            return row;
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            int start = i;
            if (c == '-') {
                i++;
            }
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (start == i || (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == 'e' || s.charAt(i) == 'E'))) {
                throw error("not a string, integer, boolean or null");
            }
            return Long.parseLong(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n': out.append('\n'); break;
                    case 't': out.append('\t'); break;
                    case 'r': out.append('\r'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'u':
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                        break;
                    default: out.append(e); // " \ /
                }
            }
        }

        /** After a value: true at a comma, false at {@code end}. */
        private boolean comma(char end) {
            char c = peek();
            i++;
            if (c == ',') {
                return true;
            }
            if (c == end) {
                return false;
            }
            throw error("expected , or " + end);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected " + c);
            }
            i++;
        }

        private char peek() {
            space();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            return s.charAt(i);
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalStateException error(String what) {
            return new IllegalStateException("oracle JSON at offset " + i + ": " + what);
        }
    }
}
