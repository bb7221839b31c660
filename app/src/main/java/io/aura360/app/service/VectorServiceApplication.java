package io.aura360.app.service;

import io.aura360.vector.VectorConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The vector service alone: embeddings, the Lucene collection in {@code AURA_HOME}, {@code /vector/v1}. */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
@Import({VectorConfiguration.class, InternalServiceSecurity.class})
public class VectorServiceApplication {}
