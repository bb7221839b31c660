package io.aura360.agents.guardrail;

/**
 * One way of spotting risk in a prepared text: the phrase lists, embedding similarity, or a hosted classifier.
 * {@code earlier} is the assessment of the layers before it; a layer may raise it, never lower it.
 */
interface CrisisLayer {

    /** A short name for signals and the evaluation table: {@code lexicon}, {@code semantic}, {@code model}. */
    String name();

    CrisisAssessment assess(CrisisText text, CrisisAssessment earlier);

    /**
     * Whether this layer takes milliseconds (an embedding, a network call) rather than microseconds: such layers
     * run after the fast ones and may run beside the advice pipeline ({@link CrisisDetector.Screening}).
     */
    default boolean slow() {
        return false;
    }
}
