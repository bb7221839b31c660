package io.aura360.vector.reembed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.aura360.vector.smoke.SmokeCheck;
import io.aura360.vector.store.KnowledgeStore;
import io.aura360.vector.store.ServingCollection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code aura.vector.reembed.cron} is the cron Spring's scheduler runs {@link ReembedSchedule} with, unset, blank
 * or {@code -} schedules nothing, and a run at a time of the cron re-embeds the served collection.
 */
class ReembedScheduleTest {

    private static final HashingEmbeddingProvider OLD_MODEL = new HashingEmbeddingProvider(32);

    private static final HashingEmbeddingProvider NEW_MODEL = new HashingEmbeddingProvider(64);

    @TempDir
    Path directory;

    private ApplicationContextRunner contexts() {
        return new ApplicationContextRunner()
                .withUserConfiguration(ScheduledReembedding.class)
                .withBean(Path.class, () -> directory);
    }

    @Test
    void schedulesTheCronExpressionFromConfiguration() {
        contexts().withPropertyValues("aura.vector.reembed.cron=0 30 3 * * *").run(context -> {
            List<CronTask> crons = cronTasks(context.getBean(ScheduledTaskHolder.class));
            assertThat(crons)
                    .singleElement()
                    .extracting(CronTask::getExpression)
                    .isEqualTo("0 30 3 * * *");

            ScheduledTask scheduled = context.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream()
                    .filter(task -> task.getTask() instanceof CronTask)
                    .findFirst()
                    .orElseThrow();
            Instant expected = CronExpression.parse("0 30 3 * * *")
                    .next(Instant.now().atZone(ZoneId.systemDefault()))
                    .toInstant();
            // The scheduler reports the time it computed less the delay it waits, so it may be off by a little.
            assertThat(scheduled.nextExecution()).isCloseTo(expected, within(1, ChronoUnit.SECONDS));
        });
    }

    @Test
    void schedulesNothingWhenTheCronIsUnsetBlankOrDash() {
        contexts()
                .run(context -> assertThat(cronTasks(context.getBean(ScheduledTaskHolder.class)))
                        .isEmpty());
        contexts()
                .withPropertyValues("aura.vector.reembed.cron= ")
                .run(context -> assertThat(cronTasks(context.getBean(ScheduledTaskHolder.class)))
                        .isEmpty());
        contexts()
                .withPropertyValues("aura.vector.reembed.cron=-")
                .run(context -> assertThat(cronTasks(context.getBean(ScheduledTaskHolder.class)))
                        .isEmpty());
    }

    @Test
    void reembedsTheServedCollectionAtATimeOfTheCron() {
        contexts().withPropertyValues("aura.vector.reembed.cron=* * * * * *").run(context -> {
            ServingCollection serving = context.getBean(ServingCollection.class);
            assertThat(serving.spec().modelId()).isEqualTo(OLD_MODEL.modelId());

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(serving.spec().modelId()).isEqualTo(NEW_MODEL.modelId()));
            assertThat(serving.documentIds("starter")).containsExactly("mind-en-breathing");
        });
    }

    private static List<CronTask> cronTasks(ScheduledTaskHolder holder) {
        return holder.getScheduledTasks().stream()
                .map(ScheduledTask::getTask)
                .filter(CronTask.class::isInstance)
                .map(CronTask.class::cast)
                .toList();
    }

    /** The schedule as VectorStoreConfiguration wires it, over a Lucene collection built with an older model. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @EnableConfigurationProperties(ReembedProperties.class)
    static class ScheduledReembedding {

        @Bean(destroyMethod = "close")
        KnowledgeStore knowledgeStore(Path directory) {
            return new LuceneKnowledgeStore(directory);
        }

        @Bean
        ServingCollection servingCollection(KnowledgeStore store) {
            ServingCollection serving =
                    ServingCollection.open(store, "memory", OLD_MODEL.modelId(), OLD_MODEL.dimension());
            KnowledgeDocument breathing = new KnowledgeDocument(
                    "mind-en-breathing",
                    "Breathing to ease stress",
                    "mind",
                    "en",
                    "public_health_agency",
                    0.9,
                    "https://example.org/mind-en-breathing",
                    "When stress builds up, slow breathing calms the nervous system: in for four, out for six.");
            new KnowledgeIngestor(serving, OLD_MODEL, new Chunker(600)).synchronise(List.of(breathing), "starter");
            return serving;
        }

        @Bean(destroyMethod = "close")
        ReembedSchedule reembedSchedule(KnowledgeStore store, ServingCollection serving) {
            return new ReembedSchedule(new Reembedder(store, serving, NEW_MODEL, new SmokeCheck(List::of)));
        }
    }
}
