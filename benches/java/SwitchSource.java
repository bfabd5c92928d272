import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import zegocodes.ZegoCode;

/**
 * Prints SwitchMessages.java: the {@code switch} a hand-written Java lookup would be, over the
 * catalog's own table as the jar holds it, so the benchmark keeps no second list of codes.
 */
public class SwitchSource {
    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        out.println("// Written by benches/java/SwitchSource.java from the jar's ZegoCode constants.");
        out.println("final class SwitchMessages {");
        out.println("    static String message(int code, String fallback) {");
        out.println("        switch (code) {");
        for (ZegoCode c : ZegoCode.values()) {
            out.println("            case " + (int) c.getCode() + ": return \"" + escape(c.getMessage()) + "\";");
        }
        out.println("            default: return fallback;");
        out.println("        }");
        out.println("    }");
        out.println("}");
        out.flush();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
