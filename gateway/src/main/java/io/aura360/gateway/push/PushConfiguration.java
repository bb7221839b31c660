package io.aura360.gateway.push;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Push goes through Firebase Cloud Messaging when {@code AURA_PUSH_FCM_PROJECT_ID} is set; otherwise it is off. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FcmProperties.class)
class PushConfiguration {

    @Bean
    @ConditionalOnExpression("!'${aura.push.fcm.project-id:}'.isBlank()")
    PushNotifier fcmPushNotifier(FcmProperties properties, JsonMapper json) {
        return new FcmPushNotifier(properties, json);
    }
}
