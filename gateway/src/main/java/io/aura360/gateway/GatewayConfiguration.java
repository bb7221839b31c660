package io.aura360.gateway;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import io.aura360.gateway.request.GatewayProperties;

/** The gateway's beans: the public API, security, profile and request persistence. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayConfiguration {

}
