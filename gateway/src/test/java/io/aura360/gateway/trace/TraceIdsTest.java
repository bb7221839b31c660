package io.aura360.gateway.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class TraceIdsTest {

    @Test
    void theRequestsTraceIdIsItsSpansEvenWhenATraceparentCame() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        assertThat(TraceIds.record(request, "0af7651916cd43dd8448eb211c80319c"))
                .isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(TraceIds.of(request))
                .as("kept for the problems and rows of this request")
                .isEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void withoutASpanTheTraceparentOrANewIdIsKept() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(TraceIds.record(request, null)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");

        MockHttpServletRequest bare = new MockHttpServletRequest();
        String id = TraceIds.of(bare);
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(TraceIds.of(bare)).isEqualTo(id);
    }

    @Test
    void honoursAValidIncomingTraceparent() {
        assertThat(TraceIds.fromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void replacesInvalidOrAllZeroTraceparents() {
        for (String header : new String[] {
            null,
            "",
            "garbage",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-4bf92f35-00f067aa0ba902b7-01\nX: y"
        }) {
            String id = TraceIds.fromTraceparent(header);
            assertThat(id).matches("[0-9a-f]{32}").isNotEqualTo("00000000000000000000000000000000");
        }
    }

    @Test
    void generatesDistinctIds() {
        assertThat(TraceIds.fromTraceparent(null)).isNotEqualTo(TraceIds.fromTraceparent(null));
    }
}
