package io.aura360.gateway.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Webhook URL rules: https and public addresses only, unless relaxed for development. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    WebhookUrlPolicy webhookUrlPolicy(WebhookProperties properties) {
        return new WebhookUrlPolicy(properties.allowInsecure(), properties.allowPrivate());
    }

    @Bean(destroyMethod = "close")
    WebhookSender webhookSender(WebhookUrlPolicy policy) {
        return new WebhookSender(policy);
    }
}
