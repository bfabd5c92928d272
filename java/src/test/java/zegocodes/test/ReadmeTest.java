package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * java/README.md's product example is java/examples/Products.java's block between its README
 * markers, which make test-java compiles and runs: the README shows code that compiles.
 */
class ReadmeTest {
    @Test
    void theReadmesProductExampleIsTheCompiledOne() throws IOException {
        String root = System.getProperty("zegocodes.root", ".");
        String example = new String(Files.readAllBytes(Paths.get(root, "java/examples/Products.java")), StandardCharsets.UTF_8);
        String readme = new String(Files.readAllBytes(Paths.get(root, "java/README.md")), StandardCharsets.UTF_8);
        String begin = "// README:begin\n";
        int from = example.indexOf(begin) + begin.length();
        int to = example.indexOf("        // README:end");
        assertTrue(from > begin.length() && to > from, "the README markers of Products.java");
        StringBuilder block = new StringBuilder();
        for (String line : example.substring(from, to).split("\n", -1)) {
            block.append(line.startsWith("        ") ? line.substring(8) : line).append('\n');
        }
        String code = block.toString().replaceAll("\n+$", "\n");
        assertTrue(readme.contains("```java\nimport zegocodes.*;\n\n" + code + "```\n"),
            "java/README.md's product example differs from java/examples/Products.java:\n" + code);
    }
}
