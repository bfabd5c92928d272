package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import zegocodes.Guidance;
import zegocodes.Lang;
import zegocodes.NotFoundException;
import zegocodes.ZegoCodes;
import zegocodes.ZegoException;

/** check() throws the class of each code's guidance, carrying what the caller needs. */
class CheckTest {
    private final Expectations x = Expectations.get();

    /** The API: one class per kind of handling, as the map of every language's error classes names it. */
    static final Map<Guidance, Class<? extends ZegoException>> CLASS = new EnumMap<>(Guidance.class);

    static {
        Map<String, Class<? extends ZegoException>> map = ErrorMap.java();
        for (Guidance g : Guidance.values()) {
            Class<? extends ZegoException> cls = map.get(g.getValue());
            if (cls != null) {
                CLASS.put(g, cls);
            }
        }
    }

    @Test
    void everyGuidanceHasItsClass() {
        assertEquals(EnumSet.allOf(Guidance.class), CLASS.keySet(), "a new guidance needs its exception class");
    }

    @Test
    void checkThrowsTheClassOfEveryCodesGuidance() {
        Set<Guidance> seen = EnumSet.noneOf(Guidance.class);
        for (Expectations.Code c : x.returns) {
            if (c.code == 0) {
                ZegoCodes.check(0, "ignored", "request");
                ZegoCodes.check(0, null, null, Lang.EN);
                continue;
            }
            Guidance g = CatalogTest.guidance(c.guidance);
            seen.add(g);
            ZegoException e = assertThrows(ZegoException.class, () -> ZegoCodes.check(c.code, null, "req-1"));
            assertSame(CLASS.get(g), e.getClass(), c.toString());
            assertEquals(c.code, e.getCode());
            assertEquals(c.name, e.getCodeName());
            assertEquals("req-1", e.getRequestId());
            assertSame(g, e.getGuidance());
            assertEquals(c.retryable, e.isRetryable());
            assertEquals(c.messageZh, e.getMessage(), "without a server message, ours");
            assertEquals(c.suggestionZh, e.getSuggestion());
            assertTrue(e.toString().contains(Long.toString(c.code)), e.toString());

            ZegoException en = assertThrows(ZegoException.class, () -> ZegoCodes.check(c.code, "", null, Lang.EN));
            assertEquals(c.messageEn, en.getMessage(), "an empty server message counts as none");
            assertEquals(c.suggestionEn, en.getSuggestion());
            assertEquals(null, en.getRequestId());

            ZegoException server = assertThrows(ZegoException.class, () -> ZegoCodes.check(c.code, "from server", "r"));
            assertEquals("from server", server.getMessage());
            assertSame(CLASS.get(g), server.getClass());
        }
        // A guidance no return code has (one only event codes use) cannot reach check().
        Set<Guidance> untested = EnumSet.complementOf(EnumSet.copyOf(seen));
        untested.remove(Guidance.NO_ACTION); // code 0: check() returns
        System.out.println("check(): guidance no return code has, not thrown: " + untested);
        assertTrue(seen.contains(Guidance.UNKNOWN), "the edges include unknown codes");
    }

    @Test
    void exceptionsAreUncheckedAndConstructible() {
        ZegoException e = new NotFoundException(410001002L, null, "r");
        assertTrue(e instanceof RuntimeException);
        assertEquals(ZegoCodes.message(410001002L), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ZegoException(-1, null, null));
    }
}
