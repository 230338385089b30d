package org.icosim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/** The sweep runner with stand-in runs: failures recorded and the sweep going on; a journal that cannot write stops it. */
class SweepRunnerTest {

    @Test
    void aRunThatThrowsIsRecordedAsFailedWithItsMessageAndTheOthersStillRun() throws Exception {
        Map<Integer, String> journal = new ConcurrentHashMap<>();
        SweepRunner<Integer> runner = new SweepRunner<>(run -> {
            if (run == 2) throw new IllegalArgumentException("parameters.x: got 2, expected at most 1");
            if (run == 4) return 1 / (run - 4);
            return run * 10;
        }, new SweepRunner.Journal<>() {
            @Override
            public void finished(int run, Integer result) {
                journal.put(run, "ok " + result);
            }

            @Override
            public void failed(int run, String message) {
                journal.put(run, "failed " + message);
            }
        });
        SweepRunner.Outcome outcome = runner.run(List.of(0, 1, 2, 3, 4, 5), 2, null);
        assertEquals(new SweepRunner.Outcome(4, 2), outcome);
        assertEquals("failed parameters.x: got 2, expected at most 1", journal.get(2));
        assertEquals("failed ArithmeticException: / by zero", journal.get(4), "an unexpected exception is named by its class");
        assertEquals("ok 50", journal.get(5));
        assertEquals(6, journal.size());
    }

    @Test
    void aJournalThatCannotWriteStopsTheSweep() {
        SweepRunner<Integer> runner = new SweepRunner<>(run -> run, new SweepRunner.Journal<>() {
            @Override
            public void finished(int run, Integer result) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void failed(int run, String message) {
            }
        });
        IOException e = assertThrows(IOException.class, () -> runner.run(List.of(0, 1, 2, 3), 1, null));
        assertTrue(e.getMessage().contains("No space left"));
    }
}
