package io.aura360.vector.ingest.job;

class InProcessIngestQueueTest extends IngestQueueContract {

    @Override
    IngestQueue newQueue(RetryPolicy policy) {
        return new InProcessIngestQueue(policy);
    }
}
