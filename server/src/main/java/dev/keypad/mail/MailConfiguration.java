package dev.keypad.mail;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;

import dev.keypad.DataFolder;
import dev.keypad.ServerKeys;

/** The outbox's parts: SMTP when {@code KEYPAD_SMTP_HOST} is set, else {@code .eml} files in the data folder. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    OutboxCipher outboxCipher(ServerKeys keys) {
        return new OutboxCipher(keys);
    }

    @Bean
    MailTemplates mailTemplates(DataFolder dataFolder) {
        return new MailTemplates(dataFolder);
    }

    @Bean
    Delivery mailDelivery(SmtpSettings smtp, DataFolder dataFolder) {
        return smtp.configured() ? new SmtpDelivery(smtp) : new EmlFolder(dataFolder.path().resolve("mail"));
    }

    @Bean
    MailRelay mailRelay(MailQueue queue, MailTemplates templates, OutboxCipher cipher, JsonMapper json, Delivery delivery,
                        MailSettings settings, PlatformTransactionManager transactions, Clock clock) {
        return new MailRelay(queue, new MailComposer(templates, cipher, json, settings), delivery, settings, transactions, clock);
    }
}
