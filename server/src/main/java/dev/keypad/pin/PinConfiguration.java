package dev.keypad.pin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.keypad.DataFolder;

/**
 * PIN hashing, set up once at start-up: Argon2id settings ({@code keypad.argon2.*}) and the key
 * ring ({@code keypad.pin-keys}, else the {@code pin-keys} file in the data folder). Bad settings
 * stop the start with a message that names them.
 */
@Configuration(proxyBeanMethods = false)
class PinConfiguration {

    @Bean
    Argon2Settings argon2Settings(@Value("${keypad.argon2.memory-kib:19456}") int memoryKib,
                                  @Value("${keypad.argon2.iterations:2}") int iterations,
                                  @Value("${keypad.argon2.parallelism:1}") int parallelism) {
        return new Argon2Settings(memoryKib, iterations, parallelism);
    }

    @Bean
    PinKeyRing pinKeyRing(DataFolder dataFolder, @Value("${" + PinKeys.PROPERTY + ":}") String configured) {
        return new PinKeyRing(dataFolder, PinKeys.load(dataFolder, configured));
    }

    @Bean(destroyMethod = "close")
    PreparingThreads preparingThreads(@Value("${keypad.pins.hash-threads:0}") int threads) {
        return new PreparingThreads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }

    @Bean
    PinGenerator pinGenerator() {
        return new PinGenerator();
    }
}
