package io.aura360.agents;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a conversation is remembered after its last turn ({@code aura.agents.conversation-ttl}, 30 minutes). */
@ConfigurationProperties("aura.agents")
public record ConversationProperties(@DefaultValue("30m") Duration conversationTtl) {

    public ConversationProperties {
        if (conversationTtl.isNegative() || conversationTtl.isZero()) {
            throw new IllegalArgumentException("aura.agents.conversation-ttl must be positive");
        }
    }
}
