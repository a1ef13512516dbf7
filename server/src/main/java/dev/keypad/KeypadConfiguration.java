package dev.keypad;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server-wide beans every feature may inject. */
@Configuration(proxyBeanMethods = false)
class KeypadConfiguration {

    /** Injected wherever time matters, so tests move time instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DataFolder dataFolder(@Value("${keypad.data-folder:./keypad-data}") String path) {
        DataFolder folder = DataFolder.of(path);
        folder.create();
        return folder;
    }
}
