package io.aura360.agents.model;

import io.aura360.agents.compose.OfflineGroundedComposer;
import io.aura360.contracts.advice.AdvicePayload.Recommendation;
import java.util.List;

/**
 * The default {@link AdviceModel}: the deterministic offline composer, so the whole system answers with no
 * model server and no key. It never fails, uses no tokens and leaves the summary to the pipeline.
 */
public final class OfflineAdviceModel implements AdviceModel {

    private final OfflineGroundedComposer composer;

    public OfflineAdviceModel() {
        this(new OfflineGroundedComposer());
    }

    public OfflineAdviceModel(OfflineGroundedComposer composer) {
        this.composer = composer;
    }

    @Override
    public String modelVersion() {
        return OfflineGroundedComposer.MODEL;
    }

    @Override
    public ModelAnswer answer(ModelRequest request) {
        List<Recommendation> recommendations =
                composer.recommend(request.agent(), request.evidence(), request.query(), request.maxRecommendations());
        return new ModelAnswer(recommendations, null, 0, 0, "stop", 1);
    }
}
