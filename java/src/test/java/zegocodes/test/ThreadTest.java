package zegocodes.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
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

/**
 * Eight threads look every code up at once, each in its own order, and compare with the core;
 * and eight threads make the first calls of a freshly loaded copy of the jar at once, racing
 * to initialize its classes.
 */
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

    /** Every trial loads the jar anew (reflection here is the test's, not the library's). */
    @Test
    void eightThreadsRaceToTheFirstCall() throws Exception {
        Expectations x = Expectations.get();
        URL jar = new File(System.getProperty("zegocodes.jar")).toURI().toURL();
        for (int trial = 0; trial < 20; trial++) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar}, null)) {
                Method message = loader.loadClass("zegocodes.ZegoCodes").getMethod("message", long.class);
                Method eventName = loader.loadClass("zegocodes.ZegoCodes").getMethod("eventName", long.class);
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    Expectations.Code r = x.returns.get((trial * THREADS + t) % x.returns.size());
                    Expectations.Code e = x.events.get((trial * THREADS + t) % x.events.size());
                    results.add(pool.submit(() -> {
                        start.await();
                        boolean ok = r.messageZh.equals(message.invoke(null, r.code))
                                && (e.name == null ? eventName.invoke(null, e.code) == null
                                        : e.name.equals(eventName.invoke(null, e.code)));
                        return ok ? 0 : 1;
                    }));
                }
                start.countDown();
                pool.shutdown();
                assertEquals(true, pool.awaitTermination(1, TimeUnit.MINUTES));
                for (Future<Integer> result : results) {
                    assertEquals(0, (int) result.get());
                }
            }
        }
    }
}
