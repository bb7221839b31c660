package io.aura360.agents.model;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.EvidenceHit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Shared fixtures: the evidence a step may cite, model requests and recorded wire bodies. */
final class Requests {

    static final List<EvidenceHit> EVIDENCE = List.of(
            new EvidenceHit(
                    "sleep#1",
                    "sleep",
                    "https://www.nhs.uk/live-well/sleep-and-tiredness/",
                    "Keep a regular bedtime, even at weekends. A regular routine helps the body recover.",
                    0.81),
            new EvidenceHit(
                    "stress#3",
                    "stress",
                    "https://www.who.int/news-room/questions-and-answers/item/stress",
                    "Slow breathing for five minutes lowers tension. Take short breaks when stress rises.",
                    0.77));

    private Requests() {}

    static ModelRequest request(String locale, Duration budget) {
        return request(locale, Instant.now().plus(budget));
    }

    static ModelRequest request(String locale, Instant deadline) {
        return new ModelRequest(
                "stress_coach",
                Category.MIND,
                locale,
                "# Role\nYou are AURA360's stress_coach agent.\n# Evidence\n[sleep#1] Keep a regular bedtime.\n"
                        + "[stress#3] Slow breathing for five minutes lowers tension.",
                "how can I feel less stressed",
                EVIDENCE,
                UserContext.empty(),
                3,
                deadline);
    }

    /** A recorded response body under {@code src/test/resources/wire/}. */
    static String wire(String path) {
        try (InputStream in = Requests.class.getResourceAsStream("/wire/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded body at wire/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
