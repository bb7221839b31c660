package io.aura360.gateway.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/holistic/advice} as received. Unknown fields are refused by the JSON reader, and every
 * free-text field is bounded; ids and the category are checked by {@link AdviceCommand}.
 */
record AdviceRequestBody(
        @JsonProperty("user_id") @Schema(example = "3f6c1a52-8a5e-4f8e-9d6e-0c2b7f1e9a10") @NotBlank
        String userId,

        @Schema(
                description = "mind, body or soul; the Spanish mente, cuerpo and alma are accepted too, and "
                        + "the answer names the canonical form",
                example = "mind")
        @NotBlank
        String category,

        @Valid Metadata metadata) {

    record Metadata(
            @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$", message = "must be a language tag like 'es' or 'en-GB'")
            @Schema(example = "es")
            String locale,

            @Size(max = 100)
            @Pattern(regexp = "^[\\p{L}\\p{N} ._()/+-]*$", message = "has characters that are not allowed")
            String device,

            // No debug output exists (docs/operations.md): true would be a setting that silently does nothing.
            @AssertFalse(message = "no debug output is available: send false or leave it out")
            @Schema(description = "only false is accepted: no debug output is available")
            Boolean debug,

            @Size(max = 2000) @Schema(example = "Duermo poco y me cuesta concentrarme")
            String message,

            @JsonProperty("session_id")
            @Size(max = 100)
            @Pattern(regexp = "^[A-Za-z0-9._:-]*$", message = "has characters that are not allowed")
            String sessionId) {}
}
