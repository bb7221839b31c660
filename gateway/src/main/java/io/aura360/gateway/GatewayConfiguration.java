package io.aura360.gateway;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import io.aura360.gateway.request.GatewayProperties;

/** The gateway's beans: the public API, security, profile and request persistence. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayConfiguration {

	/** Advice work runs on virtual threads; shutdown waits for runs in progress so none is left half done. */
	@Bean(destroyMethod = "close")
	ExecutorService adviceExecutor() {
		return Executors.newVirtualThreadPerTaskExecutor();
	}

}
