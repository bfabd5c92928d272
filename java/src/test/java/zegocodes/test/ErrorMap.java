package zegocodes.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

import zegocodes.ZegoException;

/**
 * The map of every language's error classes (tests/error-classes.tsv, which `cargo xtask gen`
 * writes from xtask/src/gen/exceptions/mod.rs): each guidance's Java exception, by the
 * guidance's snake_case name, in the map's order.
 */
final class ErrorMap {
    private ErrorMap() {
    }

    static Map<String, Class<? extends ZegoException>> java() {
        String root = System.getProperty("zegocodes.root", ".");
        Map<String, Class<? extends ZegoException>> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Paths.get(root, "tests/error-classes.tsv"), StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                out.put(cells[0], Class.forName("zegocodes." + cells[1]).asSubclass(ZegoException.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the map names a class the jar lacks: " + e.getMessage(), e);
        }
        return out;
    }
}
