package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import zegocodes.Category;
import zegocodes.EventCategory;
import zegocodes.Guidance;
import zegocodes.Lang;
import zegocodes.ZegoCode;
import zegocodes.ZegoCodes;
import zegocodes.ZegoEventCode;

/** Every code the core prints, known and edge, answers in Java exactly as in the core. */
class CatalogTest {
    private final Expectations x = Expectations.get();

    static Guidance guidance(int value) {
        return Guidance.values()[value];
    }

    @Test
    void everyReturnCodeAnswersAsTheCore() {
        for (Expectations.Code c : x.returns) {
            String at = c.toString();
            long code = c.code;
            assertEquals(c.messageZh, ZegoCodes.message(code), at);
            assertEquals(c.messageZh, ZegoCodes.message(code, Lang.ZH), at);
            assertEquals(c.messageEn, ZegoCodes.message(code, Lang.EN), at);
            assertEquals(c.suggestionZh, ZegoCodes.suggestion(code), at);
            assertEquals(c.suggestionZh, ZegoCodes.suggestion(code, Lang.ZH), at);
            assertEquals(c.suggestionEn, ZegoCodes.suggestion(code, Lang.EN), at);
            assertEquals(c.name, ZegoCodes.name(code), at);
            assertEquals(c.known, ZegoCodes.isKnown(code), at);
            assertEquals(c.retryable, ZegoCodes.isRetryable(code), at);
            assertSame(guidance(c.guidance), ZegoCodes.guidance(code), at);
            assertSame(Category.values()[c.category], ZegoCodes.category(code), at);
            ZegoCode k = ZegoCode.resolve(code);
            if (!c.known) {
                assertNull(k, at);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZegoCode.valueOf(code));
                assertTrue(e.getMessage().contains(Long.toString(code)), e.getMessage());
                continue;
            }
            assertNotNull(k, at);
            assertSame(k, ZegoCode.valueOf(code), at);
            assertSame(k, ZegoCode.valueOf(c.name), at);
            assertEquals(c.name, k.name(), at);
            assertEquals(code, k.getCode(), at);
            assertEquals(c.messageZh, k.getMessage(), at);
            assertEquals(c.messageZh, k.getMessage(Lang.ZH), at);
            assertEquals(c.messageEn, k.getMessage(Lang.EN), at);
            assertEquals(c.suggestionZh, k.getSuggestion(), at);
            assertEquals(c.suggestionZh, k.getSuggestion(Lang.ZH), at);
            assertEquals(c.suggestionEn, k.getSuggestion(Lang.EN), at);
            assertSame(Category.values()[c.category], k.getCategory(), at);
            assertSame(guidance(c.guidance), k.getGuidance(), at);
            assertEquals(c.retryable, k.isRetryable(), at);
            assertEquals(c.success, k.isSuccess(), at);
            assertEquals(c.since, k.getSince(), at);
            assertEquals(c.withdrawn.isEmpty() ? null : c.withdrawn, k.getWithdrawn(), at);
        }
    }

    @Test
    void everyEventCodeAnswersAsTheCore() {
        for (Expectations.Code c : x.events) {
            String at = c.toString();
            long code = c.code;
            assertEquals(c.messageZh, ZegoCodes.eventMessage(code), at);
            assertEquals(c.messageZh, ZegoCodes.eventMessage(code, Lang.ZH), at);
            assertEquals(c.messageEn, ZegoCodes.eventMessage(code, Lang.EN), at);
            assertEquals(c.suggestionZh, ZegoCodes.eventSuggestion(code), at);
            assertEquals(c.suggestionZh, ZegoCodes.eventSuggestion(code, Lang.ZH), at);
            assertEquals(c.suggestionEn, ZegoCodes.eventSuggestion(code, Lang.EN), at);
            assertEquals(c.name, ZegoCodes.eventName(code), at);
            assertEquals(c.known, ZegoCodes.eventIsKnown(code), at);
            assertEquals(c.retryable, ZegoCodes.eventIsRetryable(code), at);
            assertSame(guidance(c.guidance), ZegoCodes.eventGuidance(code), at);
            assertSame(EventCategory.values()[c.category], ZegoCodes.eventCategory(code), at);
            ZegoEventCode k = ZegoEventCode.resolve(code);
            if (!c.known) {
                assertNull(k, at);
                assertThrows(IllegalArgumentException.class, () -> ZegoEventCode.valueOf(code));
                continue;
            }
            assertNotNull(k, at);
            assertSame(k, ZegoEventCode.valueOf(code), at);
            assertSame(k, ZegoEventCode.valueOf(c.name), at);
            assertEquals(code, k.getCode(), at);
            assertEquals(c.messageZh, k.getMessage(), at);
            assertEquals(c.messageEn, k.getMessage(Lang.EN), at);
            assertEquals(c.suggestionZh, k.getSuggestion(), at);
            assertEquals(c.suggestionEn, k.getSuggestion(Lang.EN), at);
            assertSame(EventCategory.values()[c.category], k.getCategory(), at);
            assertSame(guidance(c.guidance), k.getGuidance(), at);
            assertEquals(c.retryable, k.isRetryable(), at);
            assertEquals(c.since, k.getSince(), at);
            assertEquals(c.withdrawn.isEmpty() ? null : c.withdrawn, k.getWithdrawn(), at);
        }
    }

    /** The constants are exactly the core's known codes, in its ascending order. */
    @Test
    void everyConstantIsACoreCodeInOrder() {
        List<String> returns = new ArrayList<>();
        for (ZegoCode c : ZegoCode.values()) {
            returns.add(c.getCode() + " " + c.name());
        }
        List<String> events = new ArrayList<>();
        for (ZegoEventCode c : ZegoEventCode.values()) {
            events.add(c.getCode() + " " + c.name());
        }
        assertEquals(names(x.known(x.returns)), returns);
        assertEquals(names(x.known(x.events)), events);
    }

    private static List<String> names(List<Expectations.Code> codes) {
        List<String> out = new ArrayList<>();
        for (Expectations.Code c : codes) {
            out.add(c.code + " " + c.name);
        }
        return out;
    }

    @Test
    void guidanceConstantsAreTheCores() {
        assertEquals(x.guidance.size(), Guidance.values().length);
        for (Expectations.GuidanceKind g : x.guidance) {
            Guidance j = Guidance.values()[g.value];
            assertEquals(g.name, j.getValue());
            assertEquals(g.name.toUpperCase(Locale.ROOT), j.name());
            assertEquals(g.retryable, j.isRetryable(), g.name);
            assertEquals(g.summaryZh, j.getSummary());
            assertEquals(g.summaryZh, j.getSummary(Lang.ZH));
            assertEquals(g.summaryEn, j.getSummary(Lang.EN));
        }
    }

    @Test
    void categoryConstantsAreTheCores() {
        assertEquals(x.categories.size(), Category.values().length);
        for (Category c : Category.values()) {
            assertEquals(x.categories.get(c.ordinal()), c.getValue());
            assertEquals(c.getValue().toUpperCase(Locale.ROOT), c.name());
        }
        assertEquals(x.eventCategories.size(), EventCategory.values().length);
        for (EventCategory c : EventCategory.values()) {
            assertEquals(x.eventCategories.get(c.ordinal()), c.getValue());
            assertEquals(c.getValue().toUpperCase(Locale.ROOT), c.name());
        }
    }

    @Test
    void langConstants() {
        assertEquals(List.of(Lang.ZH, Lang.EN), List.of(Lang.values()));
        assertEquals("zh", Lang.ZH.getTag());
        assertEquals("en", Lang.EN.getTag());
    }
}
