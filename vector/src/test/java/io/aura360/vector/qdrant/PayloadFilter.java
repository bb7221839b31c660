package io.aura360.vector.qdrant;

import io.grpc.Status;
import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.FieldCondition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.Range;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.Map;

/** Qdrant filter semantics on a payload: every must, no must_not, at least one should (when any). */
final class PayloadFilter {

    private PayloadFilter() {}

    static boolean matches(Filter filter, Map<String, Value> payload) {
        return filter.getMustList().stream().allMatch(c -> matches(c, payload))
                && filter.getMustNotList().stream().noneMatch(c -> matches(c, payload))
                && (filter.getShouldCount() == 0
                        || filter.getShouldList().stream().anyMatch(c -> matches(c, payload)));
    }

    private static boolean matches(Condition condition, Map<String, Value> payload) {
        return switch (condition.getConditionOneOfCase()) {
            case FIELD ->
                matches(condition.getField(), payload.get(condition.getField().getKey()));
            case FILTER -> matches(condition.getFilter(), payload);
            default ->
                throw Status.UNIMPLEMENTED
                        .withDescription(condition.getConditionOneOfCase().name())
                        .asRuntimeException();
        };
    }

    private static boolean matches(FieldCondition field, Value value) {
        if (value == null) {
            return false;
        }
        if (field.hasMatch()) {
            return switch (field.getMatch().getMatchValueCase()) {
                case KEYWORD ->
                    value.hasStringValue()
                            && value.getStringValue().equals(field.getMatch().getKeyword());
                default ->
                    throw Status.UNIMPLEMENTED
                            .withDescription(
                                    field.getMatch().getMatchValueCase().name())
                            .asRuntimeException();
            };
        }
        if (field.hasRange()) {
            double number = value.hasDoubleValue() ? value.getDoubleValue() : value.getIntegerValue();
            Range range = field.getRange();
            return (!range.hasGte() || number >= range.getGte())
                    && (!range.hasGt() || number > range.getGt())
                    && (!range.hasLte() || number <= range.getLte())
                    && (!range.hasLt() || number < range.getLt());
        }
        throw Status.UNIMPLEMENTED
                .withDescription("condition on " + field.getKey())
                .asRuntimeException();
    }
}
