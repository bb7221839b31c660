package io.aura360.gateway.webhook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Webhook URL rules: https and public addresses only, unless relaxed for development. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    WebhookUrlPolicy webhookUrlPolicy(
            @Value("${aura.webhooks.allow-insecure:false}") boolean allowInsecure,
            @Value("${aura.webhooks.allow-private:false}") boolean allowPrivate) {
        return new WebhookUrlPolicy(allowInsecure, allowPrivate);
    }

    @Bean(destroyMethod = "close")
    WebhookSender webhookSender(WebhookUrlPolicy policy) {
        return new WebhookSender(policy);
    }
}
