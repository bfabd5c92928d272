package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * The jar make built (-Dzegocodes.jar): Java 8 class files (major version 52) that refer to
 * no class outside java.lang and the library itself (so nothing outside java.base, nothing
 * Android lacks, no reflection), and no invokedynamic or method handles, which Android before
 * API 26 cannot run without desugaring. The version in the manifest is the core's.
 */
class ClassFileTest {
    @Test
    void classFilesAreJava8AndSelfContained() throws IOException {
        Set<String> referenced = new TreeSet<>();
        int classes = 0;
        try (JarFile jar = new JarFile(jarPath())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                classes++;
                try (InputStream in = jar.getInputStream(entry)) {
                    scan(entry.getName(), read(in), referenced);
                }
            }
            assertEquals(Expectations.get().version, jar.getManifest().getMainAttributes().getValue("Implementation-Version"));
        }
        assertTrue(classes > 0, "no class files in the jar");
        for (String name : referenced) {
            boolean ours = name.startsWith("zegocodes/") && !name.substring(10).contains("/");
            boolean lang = name.startsWith("java/lang/") && !name.substring(10).contains("/");
            if (!ours && !lang) {
                fail("refers to " + name + " (all: " + referenced + ")");
            }
        }
    }

    private static String jarPath() {
        String path = System.getProperty("zegocodes.jar");
        if (path == null) {
            throw new IllegalStateException("run with -Dzegocodes.jar=FILE (make test-java does)");
        }
        return path;
    }

    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Checks the version and collects the class names of the constant pool (JVMS 4.4). */
    private static void scan(String file, byte[] bytes, Set<String> referenced) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        assertEquals(0xCAFEBABE, in.readInt(), file);
        assertEquals(0, in.readUnsignedShort(), file + " minor version");
        assertEquals(52, in.readUnsignedShort(), file + " major version");
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1: utf8[i] = in.readUTF(); break;
                case 7: classIndex[i] = in.readUnsignedShort(); break;
                case 3: case 4: in.readInt(); break;
                case 5: case 6: in.readLong(); i++; break;
                case 8: case 16: in.readUnsignedShort(); break;
                case 9: case 10: case 11: case 12: in.readInt(); break;
                case 15: case 17: case 18:
                    fail(file + ": method handle, dynamic constant or invokedynamic (tag " + tag + ")");
                    break;
                default:
                    fail(file + ": unexpected constant pool tag " + tag);
            }
        }
        for (int i = 1; i < count; i++) {
            if (classIndex[i] != 0) {
                String name = utf8[classIndex[i]];
                if (name.startsWith("[")) { // an array: [I, [[Ljava/lang/String;
                    name = name.replaceAll("^\\[+", "");
                    if (name.length() == 1) {
                        continue;
                    }
                    name = name.substring(1, name.length() - 1);
                }
                referenced.add(name);
            }
        }
    }
}
