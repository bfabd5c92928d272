import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import zegocodes.Lang;
import zegocodes.ZegoCode;
import zegocodes.ZegoCodes;
import zegocodes.ZegoException;

/**
 * A program that needs nothing but the jar: it looks codes up, iterates the catalog and
 * checks codes as an application would, and compares every answer with the core's
 * expectations file (make test-java compiles it with the jar as its only class path).
 *
 * usage: java -cp zego-codes.jar:. Example EXPECTATIONS.tsv
 */
public class Example {
    private static int failures;

    public static void main(String[] args) throws IOException {
        List<String[]> returns = new ArrayList<String[]>();
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("R")) {
                returns.add(f);
            }
        }
        in.close();

        // Look up: any code, known or not (texts here hold no tab, newline or backslash to unescape).
        int known = 0;
        for (String[] f : returns) {
            long code = Long.parseLong(f[1]);
            expect(f[6].replace("\\\\", "\\"), ZegoCodes.message(code, Lang.EN), "message " + code);
            expect(f[2].equals("1"), ZegoCode.resolve(code) != null, "resolve " + code);
            known += f[2].equals("1") ? 1 : 0;
        }

        // Iterate: one constant per known code.
        expect(known, ZegoCode.values().length, "number of constants");
        for (ZegoCode c : ZegoCode.values()) {
            expect(c, ZegoCode.valueOf(c.getCode()), "valueOf " + c);
        }

        // Check: what a backend does with a response's Code, Message and RequestId.
        for (String[] f : returns) {
            long code = Long.parseLong(f[1]);
            try {
                ZegoCodes.check(code, null, "example-request");
                expect(0L, code, "check returned");
            } catch (ZegoException e) {
                expect(code, e.getCode(), "exception code");
                expect(ZegoCodes.guidance(code), e.getGuidance(), "exception guidance " + code);
                expect("example-request", e.getRequestId(), "request id");
            }
        }

        ZegoCode first = ZegoCode.values()[ZegoCode.values().length - 1];
        System.out.println(first.getCode() + " " + first + ": " + first.getMessage(Lang.EN)
                + " [" + first.getGuidance().getValue() + (first.isRetryable() ? ", retryable" : "") + "]");
        if (failures > 0) {
            System.err.println("Example: " + failures + " failures");
            System.exit(1);
        }
        System.out.println("Example: " + returns.size() + " codes looked up, " + known + " iterated, all checked");
    }

    private static void expect(Object want, Object got, String what) {
        if (want == null ? got != null : !want.equals(got)) {
            if (++failures <= 20) {
                System.err.println("Example: " + what + ": expected " + want + ", got " + got);
            }
        }
    }
}
