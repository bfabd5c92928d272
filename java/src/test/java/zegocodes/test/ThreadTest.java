package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import zegocodes.Lang;
import zegocodes.ZegoCode;
import zegocodes.ZegoCodes;

/** Eight threads look every code up at once, each in its own order, and compare with the core. */
class ThreadTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 2000;

    @Test
    void eightThreadsAtOnce() throws Exception {
        Expectations x = Expectations.get();
        List<Expectations.Code> all = new ArrayList<>(x.returns);
        all.addAll(x.events);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Expectations.Code> mine = new ArrayList<>(all);
            Collections.shuffle(mine, new Random(t));
            results.add(pool.submit(() -> {
                start.await();
                int mismatches = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    for (Expectations.Code c : mine) {
                        boolean ret = c.kind == 'R';
                        String zh = ret ? ZegoCodes.message(c.code) : ZegoCodes.eventMessage(c.code);
                        String en = ret ? ZegoCodes.suggestion(c.code, Lang.EN) : ZegoCodes.eventSuggestion(c.code, Lang.EN);
                        String name = ret ? ZegoCodes.name(c.code) : ZegoCodes.eventName(c.code);
                        ZegoCode k = ret ? ZegoCode.resolve(c.code) : null;
                        if (!zh.equals(c.messageZh) || !en.equals(c.suggestionEn)
                                || (name == null ? c.name != null : !name.equals(c.name))
                                || (ret && (k != null) != c.known)) {
                            mismatches++;
                        }
                    }
                }
                return mismatches;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertEquals(true, pool.awaitTermination(5, TimeUnit.MINUTES));
        for (Future<Integer> r : results) {
            assertEquals(0, (int) r.get());
        }
    }
}
