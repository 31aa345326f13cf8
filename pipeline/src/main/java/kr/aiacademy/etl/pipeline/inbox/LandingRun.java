package kr.aiacademy.etl.pipeline.inbox;

import java.util.List;

/**
 * What landing the inbox did: a ledger event per drop handled, and the entries passed over (not regular files,
 * files still being written), which the run report lists.
 */
public record LandingRun(List<LandingEvent> events, List<PassedOver> passedOver) {

    public LandingRun {
        events = List.copyOf(events);
        passedOver = List.copyOf(passedOver);
    }
}
