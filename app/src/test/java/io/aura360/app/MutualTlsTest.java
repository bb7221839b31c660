package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.aura360.agents.remote.HttpEvidenceSearch;
import io.aura360.app.service.AgentsServiceApplication;
import io.aura360.app.service.MutualTls;
import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.UserContext;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.VectorQueryRejectedException;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.gateway.agents.HttpAdviceAgents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * mTLS between services with certificates made for this run: the agents service started with
 * {@code AURA_TLS_CERTIFICATE/PRIVATE_KEY/CA} serves HTTPS and lets in only callers whose certificate that CA
 * issued; the gateway's and the agents' HTTP adapters present theirs.
 */
class MutualTlsTest {

    private static final String KEY = "mutual-tls-test-service-key-0123456789";

    @TempDir
    static Path dir;

    static ConfigurableApplicationContext agents;

    static String baseUrl;

    static TestCertificates ca;

    @BeforeAll
    static void startTheAgentsServiceWithMutualTls() {
        ca = TestCertificates.authority("aura-test-ca");
        TestCertificates.Issued server = ca.issue("agents");
        Map<String, String> env = Map.of(
                "AURA_HOME",
                dir.resolve("home").toString(),
                "AURA_TLS_CERTIFICATE",
                server.writeCertificate(dir.resolve("agents.pem")).toString(),
                "AURA_TLS_PRIVATE_KEY",
                server.writePrivateKey(dir.resolve("agents-key.pem")).toString(),
                "AURA_TLS_CA",
                ca.writeCertificate(dir).toString());
        agents = AuraApplication.create(env, AgentsServiceApplication.class)
                .run("--server.port=0", "--aura.service-key=" + KEY, "--aura.vector.url=http://127.0.0.1:9");
        baseUrl = "https://localhost:" + agents.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (agents != null) {
            agents.close();
        }
    }

    @Test
    void acceptsACallerWithACertificateFromTheCa() throws Exception {
        HttpResponse<String> health = get(ssl(ca.issue("gateway"), ca));

        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesACallerWithoutACertificate() {
        SSLContext trustOnly = SslBundle.of(new PemSslStoreBundle(
                        null,
                        PemSslStoreDetails.forCertificate(
                                ca.writeCertificate(dir).toUri().toString())))
                .createSslContext();

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> get(trustOnly));
    }

    @Test
    void refusesACallerWithACertificateFromAnotherCa() {
        TestCertificates other = TestCertificates.authority("other-ca");

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> get(ssl(other.issue("gateway"), ca)));
    }

    @Test
    void theGatewaysAgentsClientPresentsItsCertificate() {
        AgentRunRequest run = new AgentRunRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Category.MIND,
                "en",
                "free",
                null,
                null,
                UserContext.empty(),
                Instant.now().plusSeconds(10),
                List.of(),
                List.of());
        JsonMapper json = JsonMapper.builder().build();

        // Through TLS and the service key: the agents answer with their own failure (the run carries no profile).
        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> new HttpAdviceAgents(
                                URI.create(baseUrl),
                                KEY,
                                json,
                                Clock.systemUTC(),
                                RestClient.builder(),
                                ssl(ca.issue("gateway"), ca))
                        .run(run))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.NO_AGENT_PROFILE));
        assertThatExceptionOfType(AgentRunException.class)
                .isThrownBy(() -> new HttpAdviceAgents(
                                URI.create(baseUrl),
                                KEY,
                                json,
                                Clock.systemUTC(),
                                RestClient.builder(),
                                ssl(TestCertificates.authority("other-ca").issue("gateway"), ca))
                        .run(run))
                .satisfies(ex -> assertThat(ex.errorType()).isEqualTo(ErrorType.AGENTS_UNAVAILABLE));
    }

    @Test
    void theAgentsVectorClientPresentsItsCertificate() {
        SearchRequest search = new SearchRequest("sleep", 3, null, null);

        // The handshake passes and the service answers (404: this service has no search); without a certificate the
        // handshake fails and the vector service counts as unavailable.
        assertThatExceptionOfType(VectorQueryRejectedException.class)
                .isThrownBy(() -> HttpEvidenceSearch.create(
                                RestClient.builder(),
                                baseUrl,
                                KEY,
                                Duration.ofSeconds(5),
                                ssl(ca.issue("agents-client"), ca),
                                Clock.systemUTC())
                        .search(search));
        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> HttpEvidenceSearch.create(
                                RestClient.builder(),
                                baseUrl,
                                KEY,
                                Duration.ofSeconds(5),
                                ssl(TestCertificates.authority("rogue").issue("x"), ca),
                                Clock.systemUTC())
                        .search(search));
    }

    @Test
    void configurationComesAsAllThreeFilesOrNone() {
        assertThat(MutualTls.properties(Map.of(), true)).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MutualTls.properties(Map.of("AURA_TLS_CERTIFICATE", "/etc/aura/cert.pem"), true));
        Map<String, String> env = Map.of(
                "AURA_TLS_CERTIFICATE",
                "/etc/aura/cert.pem",
                "AURA_TLS_PRIVATE_KEY",
                "file:/etc/aura/key.pem",
                "AURA_TLS_CA",
                "/etc/aura/ca.pem");
        assertThat(MutualTls.properties(env, true))
                .containsEntry("server.ssl.client-auth", "need")
                .containsEntry("spring.ssl.bundle.pem.aura.keystore.certificate", "file:/etc/aura/cert.pem")
                .containsEntry("spring.ssl.bundle.pem.aura.keystore.private-key", "file:/etc/aura/key.pem")
                .containsEntry("aura.tls.bundle", "aura");
        assertThat(MutualTls.properties(env, false))
                .as("the gateway's public port is not mTLS")
                .doesNotContainKey("server.ssl.bundle")
                .containsEntry("aura.tls.bundle", "aura");
    }

    private static HttpResponse<String> get(SSLContext ssl) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(10))
                .build();
        return client.send(health, HttpResponse.BodyHandlers.ofString());
    }

    private static SSLContext ssl(TestCertificates.Issued identity, TestCertificates trusted) {
        String name = UUID.randomUUID().toString();
        PemSslStoreDetails keyStore = PemSslStoreDetails.forCertificate(
                        identity.writeCertificate(dir.resolve(name + ".pem"))
                                .toUri()
                                .toString())
                .withPrivateKey(identity.writePrivateKey(dir.resolve(name + "-key.pem"))
                        .toUri()
                        .toString());
        PemSslStoreDetails trustStore = PemSslStoreDetails.forCertificate(
                trusted.writeCertificate(dir).toUri().toString());
        return SslBundle.of(new PemSslStoreBundle(keyStore, trustStore)).createSslContext();
    }
}
