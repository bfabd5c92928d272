package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * The statement examples of java/README.md and ffi/ANDROID.md, compiled against the jar as the
 * body of a main() and run. A statement whose comment starts with a value shows what it
 * evaluates to, which is compared: a string literal, {@code true}, {@code false},
 * {@code null}, a number, an enum constant ({@code Guidance.NOT_FOUND}, or its bare name) or an
 * exception's class ({@code IllegalArgumentException: ...}, which the statement must throw),
 * followed by the end, {@code :}, {@code ;} or a blank. Any other comment is prose.
 */
public class ReadmeBlocksTest {
    static final String TOKEN = "\"(?:[^\"\\\\]|\\\\.)*\"|true|false|null|-?\\d+|[A-Z]\\w*(?:\\.[A-Z][A-Z_0-9]*)?";
    static final Pattern CLAIM = Pattern.compile("^(" + TOKEN + ")(?=$|[:;,\\s])");
    /** A statement with its comment: an expression, or a declaration's initializer. */
    static final Pattern LINE = Pattern.compile("^(\\s*)((?:[\\w.<>\\[\\]]+ \\w+ = )?)(.+);\\s*//\\s*(.*)$");

    static Path root() {
        return Paths.get(System.getProperty("zegocodes.root", "."));
    }

    /** The index-th java block under the heading of doc. */
    static String block(String doc, String heading, int index) throws IOException {
        String text = new String(Files.readAllBytes(root().resolve(doc)), StandardCharsets.UTF_8);
        int at = text.indexOf("\n" + heading + "\n");
        assertTrue(at >= 0, doc + " has no heading " + heading);
        int end = text.indexOf("\n#", at + heading.length() + 2);
        String section = end < 0 ? text.substring(at) : text.substring(at, end);
        String[] parts = section.split("```java\n");
        assertTrue(parts.length > index, doc + ": no java block " + index + " under " + heading);
        return parts[index].substring(0, parts[index].indexOf("```"));
    }

    /** The claim a comment makes, or null for prose. */
    static String claim(String comment) {
        Matcher m = CLAIM.matcher(comment);
        return m.find() ? m.group(1) : null;
    }

    static boolean shows(Object value, String token) {
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\\\"", "\"").equals(value);
        }
        String s = String.valueOf(value);
        if (value instanceof Enum) {
            Enum<?> e = (Enum<?>) value;
            return token.equals(e.name()) || token.equals(e.getDeclaringClass().getSimpleName() + "." + e.name());
        }
        return token.equals(s);
    }

    /** What the examples call for each claim: evaluates it and holds it to the comment. */
    public static <T> T show(String where, String token, Supplier<T> expression) {
        T value;
        try {
            value = expression.get();
        } catch (RuntimeException e) {
            if (token.equals(e.getClass().getSimpleName())) {
                return null;
            }
            throw new AssertionError(where + ": threw " + e, e);
        }
        if (!shows(value, token)) {
            throw new AssertionError(where + ": is " + value);
        }
        return value;
    }

    /** The block as a class with a main(): imports first, every claim through show(). */
    static String program(String doc, String block, List<String> claims) {
        StringBuilder imports = new StringBuilder("import zegocodes.*;\n");
        StringBuilder body = new StringBuilder();
        String[] lines = block.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
                continue;
            }
            Matcher m = LINE.matcher(line);
            String token = m.matches() && !m.group(3).startsWith("//") ? claim(m.group(4)) : null;
            if (token == null) {
                body.append(line).append('\n');
                continue;
            }
            String where = doc + ": " + line.trim();
            claims.add(where);
            body.append(m.group(1)).append(m.group(2)).append("zegocodes.test.ReadmeBlocksTest.show(")
                .append(literal(where)).append(", ").append(literal(token)).append(", () -> ").append(m.group(3)).append(");\n");
        }
        return imports + "public class Readme {\n    public static void main(String[] args) {\n" + body + "    }\n}\n";
    }

    static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Compiles and runs the block; returns the claims it checked. */
    static List<String> run(String doc, String block) throws Exception {
        List<String> claims = new ArrayList<>();
        Path dir = Files.createTempDirectory("readme-java");
        Path source = dir.resolve("Readme.java");
        Files.write(source, program(doc, block, claims).getBytes(StandardCharsets.UTF_8));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String tests = Paths.get(ReadmeBlocksTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String classpath = System.getProperty("zegocodes.jar") + java.io.File.pathSeparator + tests;
        int status = javac.run(null, null, null, "-encoding", "UTF-8", "-Xlint:all,-path", "-Werror", "-cp", classpath,
            "-d", dir.toString(), source.toString());
        assertEquals(0, status, doc + ": the example does not compile:\n" + new String(Files.readAllBytes(source), StandardCharsets.UTF_8));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeBlocksTest.class.getClassLoader())) {
            loader.loadClass("Readme").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw cause instanceof Exception ? (Exception) cause : e;
        }
        return claims;
    }

    @Test
    void theClaimReader() {
        assertEquals("\"AI agent\"", claim("\"AI agent\""));
        assertEquals("true", claim("true: a concurrency limit"));
        assertEquals("Guidance.NOT_FOUND", claim("Guidance.NOT_FOUND"));
        assertEquals("AGENT_INSTANCE_NOT_FOUND", claim("AGENT_INSTANCE_NOT_FOUND; null for a code the catalog lacks"));
        assertEquals("IllegalArgumentException", claim("IllegalArgumentException: code -1 is outside"));
        assertNull(claim("ZEGO's text in Chinese"));
        assertNull(claim("the same; IllegalArgumentException for a code the catalog lacks"));
        assertNull(claim("one line telling a person what to do"));
    }

    @Test
    void aWrongClaimFails() throws Exception {
        try {
            run("planted", "ZegoCodes.isRetryable(0);  // true\n");
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage().startsWith("planted: ZegoCodes.isRetryable(0);"), expected.getMessage());
            return;
        }
        fail("a wrong claim passed");
    }

    @Test
    void lookUpACode() throws Exception {
        assertTrue(run("java/README.md", block("java/README.md", "## Look up a code", 1)).size() > 0);
    }

    @Test
    void zegoCode() throws Exception {
        assertTrue(run("java/README.md", block("java/README.md", "## `ZegoCode`", 1)).size() > 0);
    }

    @Test
    void android() throws Exception {
        assertTrue(run("ffi/ANDROID.md", block("ffi/ANDROID.md", "## Java and Kotlin", 1)).size() > 0);
    }
}
