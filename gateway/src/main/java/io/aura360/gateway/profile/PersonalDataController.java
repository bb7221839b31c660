package io.aura360.gateway.profile;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/me}: the caller's profile and health data, and erasure. Ids come from the token only. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonalDataController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final PersonalDataStore store;

    private final ProfileRepository profiles;

    private final UserErasure erasure;

    private final ProfileMergePatch mergePatch;

    PersonalDataController(
            PersonalDataStore store, ProfileRepository profiles, UserErasure erasure, ProfileMergePatch mergePatch) {
        this.store = store;
        this.profiles = profiles;
        this.erasure = erasure;
        this.mergePatch = mergePatch;
    }

    @GetMapping("/profile")
    Map<String, Object> profile(@AuthenticationPrincipal Jwt jwt) {
        return store.profile(Caller.of(jwt).userId())
                .orElseThrow(() -> new ApiProblemException(ProblemType.NOT_FOUND, "No profile yet."));
    }

    /** Full replacement: every field the body omits is cleared (locale kept, timezone back to UTC). */
    @Operation(summary = "Replace the caller's profile: omitted fields are cleared (PATCH changes only some)")
    @PutMapping(path = "/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> updateProfile(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileUpdate update) {
        Caller caller = provisioned(jwt, update.locale());
        store.update(caller.userId(), update);
        return profile(jwt);
    }

    /** JSON Merge Patch (RFC 7396): only the fields named change, a null clears one; validated as PUT is. */
    @Operation(
            summary = "Change some fields of the caller's profile (JSON Merge Patch, RFC 7396)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "the fields to change, as in PUT; null clears a field, objects merge",
                            content =
                                    @Content(
                                            mediaType = MERGE_PATCH,
                                            schema = @Schema(implementation = ProfileUpdate.class),
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    "{\"display_name\": \"Bea\", \"goals\": null, \"preferences\": {\"tone\": null}}"))),
            responses = {
                @ApiResponse(responseCode = "200", description = "the updated profile"),
                @ApiResponse(
                        responseCode = "415",
                        description = "unsupported-media-type: send application/merge-patch+json",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "422",
                        description = "invalid-request: an unknown field, the tier, or an invalid value",
                        content = @Content(mediaType = "application/problem+json"))
            })
    @PatchMapping(path = "/profile", consumes = MERGE_PATCH)
    Map<String, Object> patchProfile(@AuthenticationPrincipal Jwt jwt, @RequestBody JsonNode patch) {
        Caller caller = provisioned(jwt, null);
        Map<String, Object> current = store.profile(caller.userId()).orElseThrow();
        store.update(caller.userId(), mergePatch.apply(current, patch));
        return profile(jwt);
    }

    @PostMapping(path = "/habits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void addHabit(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileEntries.Habit habit) {
        store.addHabit(provisioned(jwt, null).userId(), habit);
    }

    @GetMapping("/habits")
    List<Map<String, Object>> habits(@AuthenticationPrincipal Jwt jwt) {
        return store.list(Caller.of(jwt).userId(), PersonalDataStore.Kind.HABITS);
    }

    @PostMapping(path = "/biometrics", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void addBiometric(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileEntries.Biometric biometric) {
        store.addBiometric(provisioned(jwt, null).userId(), biometric);
    }

    @GetMapping("/biometrics")
    List<Map<String, Object>> biometrics(@AuthenticationPrincipal Jwt jwt) {
        return store.list(Caller.of(jwt).userId(), PersonalDataStore.Kind.BIOMETRICS);
    }

    @PostMapping(path = "/clinical-history", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void addClinical(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileEntries.ClinicalEntry entry) {
        store.addClinical(provisioned(jwt, null).userId(), entry);
    }

    @GetMapping("/clinical-history")
    List<Map<String, Object>> clinicalHistory(@AuthenticationPrincipal Jwt jwt) {
        return store.list(Caller.of(jwt).userId(), PersonalDataStore.Kind.CLINICAL_HISTORY);
    }

    @Operation(
            responses = {
                @ApiResponse(responseCode = "204", description = "everything of the caller's is erased"),
                @ApiResponse(
                        responseCode = "503",
                        description = "erasure-incomplete: part of the data is not erased yet; repeat the request",
                        content = @Content(mediaType = "application/problem+json"))
            })
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@AuthenticationPrincipal Jwt jwt) {
        erasure.erase(Caller.of(jwt).userId());
    }

    private Caller provisioned(Jwt jwt, String locale) {
        Caller caller = Caller.of(jwt);
        profiles.provision(caller.userId(), caller.tier(), locale == null ? "en" : locale);
        return caller;
    }
}
