package dev.keypad.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import tools.jackson.databind.JsonNode;

import dev.keypad.testing.Api;
import dev.keypad.testing.KeypadServer;
import dev.keypad.testing.OnBothDatabases;

/** CSV import (SPEC §2): upsert by SIP address, per-row errors, idempotence, file edge cases. */
class CsvImportIT extends OnBothDatabases {


    @BeforeParameterizedClassInvocation
    void connect() {
        api = KeypadServer.shared(database).admin();
    }

    @Test
    void importsQuotedFieldsBomAndBlankLinesAndReimportChangesNothing() {
        String csv = "\uFEFFSipAddress,DisplayName,distinguishedName,title,extension,site\r\n"
                + "sip:q1@import.test,\"Myer, Ken\",\"CN=Myer\\, Ken,OU=Import,DC=import,DC=test\",\"Says \"\"hi\"\"\",1001,Imp\r\n"
                + "\r\n"
                + "q2@import.test,Two Lines,,\"multi\nline\",1002,Imp\n"
                + "q3@import.test,After Two Lines,,,1003,Imp\n";
        JsonNode first = assertReport(api.postCsv("/api/v1/users/import", csv), 2, 0, 0, 1);
        assertThat(first.get("errors").get(0).get("reason").asString()).isEqualTo("title contains a control character");
        assertThat(api.get("/api/v1/users/" + Api.encode("sip:q3@import.test")).json().get("extension").asString()).isEqualTo("1003");
        JsonNode ken = api.get("/api/v1/users/" + Api.encode("sip:q1@import.test")).json();
        assertThat(ken.get("displayName").asString()).isEqualTo("Myer, Ken");
        assertThat(ken.get("title").asString()).isEqualTo("Says \"hi\"");
        assertThat(api.get("/api/v1/users", Map.of("ou", "OU=Import,DC=import,DC=test")).json().get("items")).hasSize(1);
        long auditBefore = auditCount();

        assertReport(api.postCsv("/api/v1/users/import", csv), 0, 0, 2, 1);
        assertThat(auditCount()).as("an unchanged re-import records nothing").isEqualTo(auditBefore);
    }

    @Test
    void updatesExistingUsersAndEmptyCellClearsOnlyThatField() {
        api.postCsv("/api/v1/users/import", "sipAddress,displayName,title,department\nsip:u1@import.test,U One,Clerk,Sales\n");
        assertReport(api.postCsv("/api/v1/users/import", "sipAddress,title\nsip:u1@import.test,\n"), 0, 1, 0, 0);
        JsonNode user = api.get("/api/v1/users/" + Api.encode("sip:u1@import.test")).json();
        assertThat(user.get("title").isNull()).isTrue();
        assertThat(user.get("department").asString()).isEqualTo("Sales");
    }

    @Test
    void badRowsAreReportedByLineAndTheOthersImported() {
        String csv = "sipAddress,displayName,extension,site\n"
                + "sip:b1@import.test,Good One,2001,Bad\n"
                + "not-a-sip,Bad Sip,2002,Bad\n"
                + "sip:b3@import.test,,2003,Bad\n"
                + "sip:b4@import.test,Taken Extension,2001,Bad\n"
                + "sip:b5@import.test,Too,Many,Fields,Here\n"
                + "sip:b6@import.test,Good Two,2006,Bad\n";
        JsonNode report = assertReport(api.postCsv("/api/v1/users/import", csv), 2, 0, 0, 4);
        assertThat(report.get("errors").valueStream().map(error -> error.get("line").asInt()).toList())
                .containsExactlyInAnyOrder(3, 4, 5, 6);
        assertThat(report.get("errors").toString()).contains("sipAddress").contains("displayName is required")
                .contains("2001").contains("fields");
        assertThat(api.get("/api/v1/users/" + Api.encode("sip:b6@import.test")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/" + Api.encode("sip:b4@import.test")).status()).isEqualTo(404);
    }

    @Test
    void duplicateRowsInOneFileAreAppliedInOrder() {
        String csv = "sipAddress,displayName,title\n"
                + "sip:d1@import.test,Dup,First\n"
                + "sip:d1@import.test,Dup,First\n"
                + "SIP:D1@import.test,Dup,Second\n";
        assertReport(api.postCsv("/api/v1/users/import", csv), 1, 1, 1, 0);
        assertThat(api.get("/api/v1/users/" + Api.encode("sip:d1@import.test")).json().get("title").asString()).isEqualTo("Second");
    }

    @Test
    void unknownRepeatedOrMissingColumnsRejectTheWholeFile() {
        for (String header : new String[] {"sipAddress,displayName,departmnt", "sipAddress,displayName,displayName", "displayName,title", ""}) {
            Api.Response response = api.postCsv("/api/v1/users/import", header + "\nsip:h1@import.test,Header,x\n");
            assertThat(response.status()).as(header).isEqualTo(400);
            assertThat(response.json().get("field").asString()).isEqualTo("header");
        }
        assertThat(api.postCsv("/api/v1/users/import", "sipAddress,displayName,departmnt\n").json().get("detail").asString())
                .contains("departmnt");
        assertThat(api.get("/api/v1/users/" + Api.encode("sip:h1@import.test")).status()).isEqualTo(404);
    }

    private long auditCount() {
        return KeypadServer.shared(database).jdbc().queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
    }

    private static JsonNode assertReport(Api.Response response, int created, int updated, int unchanged, int failed) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("created").asInt()).as(response.body()).isEqualTo(created);
        assertThat(report.get("updated").asInt()).as(response.body()).isEqualTo(updated);
        assertThat(report.get("unchanged").asInt()).as(response.body()).isEqualTo(unchanged);
        assertThat(report.get("failed").asInt()).as(response.body()).isEqualTo(failed);
        return report;
    }
}
