package dev.keypad;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Makes PostgreSQL plan every prepared statement with its actual parameters. The driver turns
 * statements it sees often into server-side prepared statements, and PostgreSQL may then cache
 * one generic plan per connection; a plan made while the PIN table was nearly empty (a fresh
 * install, the first bulk lock) scans the whole table for each row until autovacuum happens to
 * analyze it — the sign-in benchmark saw a bulk lock run ten times slower for that.
 */
@Component
class PostgresPlans implements BeanPostProcessor {

    static final String OPTION = "-c plan_cache_mode=force_custom_plan";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:") && !hikari.getDataSourceProperties().containsKey("options")) {
            hikari.addDataSourceProperty("options", OPTION);
        }
        return bean;
    }
}
