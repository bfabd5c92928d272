package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import zegocodes.Guidance;
import zegocodes.Lang;
import zegocodes.ZegoCode;
import zegocodes.ZegoCodes;
import zegocodes.ZegoEventCode;

/** Edge codes and bad input: values outside 0 to 4294967295 and a null Lang. */
class EdgeTest {
    private final Expectations x = Expectations.get();

    /** Edge codes (the ends of the ranges and of uint32, numbers inside a range): the core's
     *  expectations must cover each, whether the catalog holds it or not. */
    // lint-tests: edges the expectations cover whether the catalog holds them or not
    private static final long[] EDGES = {0, 1, 99999999, 100000016, 410000000, 410001012, 4294967295L};

    private static final long[] OUT_OF_RANGE = {-1, 4294967296L, Long.MIN_VALUE, Long.MAX_VALUE, -4294967296L};

    @Test
    void edgesAnswerAsTheCore() {
        for (long edge : EDGES) {
            Expectations.Code found = null;
            for (Expectations.Code c : x.returns) {
                if (c.code == edge) {
                    found = c;
                }
            }
            assertTrue(found != null, "the expectations lack edge " + edge);
            assertEquals(found.messageZh, ZegoCodes.message(edge));
            assertEquals(found.messageEn, ZegoCodes.message(edge, Lang.EN));
            assertEquals(found.suggestionEn, ZegoCodes.suggestion(edge, Lang.EN));
            assertEquals(found.known, ZegoCode.resolve(edge) != null);
            assertEquals(found.name, ZegoCodes.name(edge));
            assertEquals(CatalogTest.guidance(found.guidance), ZegoCodes.guidance(edge));
            assertEquals(found.category, ZegoCodes.category(edge).ordinal());
        }
    }

    @Test
    void codesOutsideTheRangeAreRefusedByName() {
        for (long bad : OUT_OF_RANGE) {
            List<Executable> calls = Arrays.asList(
                    () -> ZegoCodes.message(bad),
                    () -> ZegoCodes.message(bad, Lang.EN),
                    () -> ZegoCodes.suggestion(bad),
                    () -> ZegoCodes.suggestion(bad, Lang.EN),
                    () -> ZegoCodes.name(bad),
                    () -> ZegoCodes.isKnown(bad),
                    () -> ZegoCodes.isRetryable(bad),
                    () -> ZegoCodes.guidance(bad),
                    () -> ZegoCodes.category(bad),
                    () -> ZegoCodes.check(bad, "message", "request"),
                    () -> ZegoCodes.check(bad, null, null, Lang.EN),
                    () -> ZegoCodes.eventMessage(bad),
                    () -> ZegoCodes.eventMessage(bad, Lang.EN),
                    () -> ZegoCodes.eventSuggestion(bad),
                    () -> ZegoCodes.eventSuggestion(bad, Lang.EN),
                    () -> ZegoCodes.eventName(bad),
                    () -> ZegoCodes.eventIsKnown(bad),
                    () -> ZegoCodes.eventIsRetryable(bad),
                    () -> ZegoCodes.eventGuidance(bad),
                    () -> ZegoCodes.eventCategory(bad),
                    () -> ZegoCode.resolve(bad),
                    () -> ZegoCode.valueOf(bad),
                    () -> ZegoEventCode.resolve(bad),
                    () -> ZegoEventCode.valueOf(bad));
            for (Executable call : calls) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
                assertTrue(e.getMessage().contains(Long.toString(bad)), e.getMessage());
            }
        }
    }

    @Test
    void aNullLangThrowsNullPointerException() {
        long known = ZegoCode.values()[0].getCode();
        List<Executable> calls = Arrays.asList(
                () -> ZegoCodes.message(known, null),
                () -> ZegoCodes.message(4294967295L, null),
                () -> ZegoCodes.suggestion(known, null),
                () -> ZegoCodes.suggestion(4294967295L, null),
                () -> ZegoCodes.eventMessage(ZegoEventCode.values()[0].getCode(), null),
                () -> ZegoCodes.eventMessage(4294967295L, null),
                () -> ZegoCodes.eventSuggestion(4294967295L, null),
                () -> ZegoCodes.check(0, null, null, null),
                () -> ZegoCodes.check(4294967295L, "message", null, null),
                () -> ZegoCode.values()[0].getMessage(null),
                () -> ZegoCode.values()[0].getSuggestion(null),
                () -> ZegoEventCode.values()[0].getMessage(null),
                () -> Guidance.UNKNOWN.getSummary(null));
        for (Executable call : calls) {
            assertThrows(NullPointerException.class, call);
        }
    }
}
