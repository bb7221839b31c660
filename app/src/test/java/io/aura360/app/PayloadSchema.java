package io.aura360.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** The advice payload v1 JSON Schema from {@code contracts}, for asserting on real responses. */
final class PayloadSchema {

    private static final JsonSchema SCHEMA = load();

    private PayloadSchema() {}

    static Set<ValidationMessage> violations(String payloadJson) {
        try {
            return SCHEMA.validate(new ObjectMapper().readTree(payloadJson));
        } catch (IOException ex) {
            throw new IllegalArgumentException("not JSON: " + payloadJson, ex);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = PayloadSchema.class.getResourceAsStream("/schema/advice-payload-v1.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
