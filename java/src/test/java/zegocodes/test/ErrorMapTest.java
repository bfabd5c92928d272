package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import zegocodes.Product;
import zegocodes.ZegoCodes;
import zegocodes.ZegoException;

/**
 * A code of every guidance, in every product of the oracle, throws the exception the map of
 * every language's error classes names for Java, and the exception names its product.
 */
class ErrorMapTest {
    @Test
    void aCodeOfEveryGuidanceThrowsItsClassNamingItsProduct() {
        Map<String, Class<? extends ZegoException>> map = ErrorMap.java();
        // guidance -> product -> a code of the product with that guidance: the first the oracle
        // lists that one section alone defines; for unknown, a code past the product's last.
        Map<String, Map<String, Long>> samples = new LinkedHashMap<>();
        Map<String, Long> last = new LinkedHashMap<>();
        for (String g : map.keySet()) {
            samples.put(g, new LinkedHashMap<>());
        }
        for (Oracle.Row r : Oracle.get().rows) {
            if (!r.str("kind").equals("return")) {
                continue;
            }
            long code = r.num("code");
            last.merge(r.str("product"), code, Math::max);
            if (code != 0 && !r.bool("ambiguous")) {
                samples.get(r.str("guidance")).putIfAbsent(r.str("product"), code);
            }
        }
        last.forEach((p, code) -> samples.get("unknown").put(p, code + 1));

        Set<String> checked = new TreeSet<>();
        Set<String> expected = new TreeSet<>();
        for (Map.Entry<String, Class<? extends ZegoException>> m : map.entrySet()) {
            String g = m.getKey();
            if (!samples.get(g).isEmpty()) {
                expected.add(g);
            }
            for (Map.Entry<String, Long> s : samples.get(g).entrySet()) {
                Product product = Product.fromId(s.getKey());
                long code = s.getValue();
                String what = product.getId() + " " + code + " (" + g + ")";
                ZegoException e = assertThrows(ZegoException.class, () -> ZegoCodes.check(product, code, null, "req-map"), what);
                assertSame(m.getValue(), e.getClass(), what);
                assertSame(product, e.getProduct(), what);
                assertEquals(g, e.getGuidance().getValue(), what);
                if (product != Product.DEFAULT) {
                    assertTrue(e.toString().startsWith(e.getClass().getName() + ": " + product.getId() + " " + code), e.toString());
                }
                checked.add(g);
            }
        }
        // A guidance no non-zero code of any product has cannot be thrown; the rest must be.
        assertEquals(expected, checked);
        assertTrue(checked.contains("unknown"));
        Set<String> untested = new TreeSet<>(map.keySet());
        untested.removeAll(checked);
        System.out.println("guidance no non-zero return code has, not thrown: " + untested);
    }
}
