package io.aura360.agents.conversation;

import java.time.Duration;

class InMemoryConversationMemoryTest extends ConversationMemoryContract {

    private final ConversationMemory memory = new InMemoryConversationMemory(Duration.ofMinutes(30));

    @Override
    ConversationMemory memory() {
        return memory;
    }
}
