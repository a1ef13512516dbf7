package dev.keypad.web;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.keypad.ConflictException;
import dev.keypad.InvalidInputException;
import dev.keypad.NotFoundException;
import dev.keypad.directory.AmbiguousIdentityException;
import dev.keypad.directory.InvalidLdapFilterException;
import dev.keypad.pin.InvalidPinException;
import dev.keypad.pin.PinResult;

/**
 * The one place where failures become HTTP answers. Expected failures carry a message meant for
 * the caller; anything else is logged with a reference and answered without its details, so no
 * stack trace or internal message leaves the server.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage(), Map.of("field", e.field()));
    }

    /** A PIN that breaks the policy: each broken rule with its machine-readable code, never the PIN. */
    @ExceptionHandler
    ProblemDetail invalidPin(InvalidPinException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-pin", e.getMessage(), Map.of("field", e.field(),
                "violations", PinResult.Broken.of(e.violations())));
    }

    @ExceptionHandler
    ProblemDetail invalidFilter(InvalidLdapFilterException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-ldap-filter", e.getMessage(),
                Map.of("field", "ldapFilter", "position", e.position()));
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), Map.of("identity", e.identity()));
    }

    @ExceptionHandler
    ProblemDetail ambiguous(AmbiguousIdentityException e) {
        return Problems.of(HttpStatus.CONFLICT, "ambiguous-identity", e.getMessage(),
                Map.of("identity", e.identity(), "matches", e.matches()));
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage(),
                Map.of("field", e.field(), "conflictsWith", e.conflictsWith()));
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Request failed unexpectedly (reference {})", reference, e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "The server failed unexpectedly; the server log has the details under reference " + reference,
                Map.of("reference", reference));
    }

    /** Says what in the body could not be read, without echoing the body itself. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        String detail = cause instanceof tools.jackson.core.JacksonException jackson
                ? "The request body is not valid JSON for this call: " + jackson.getOriginalMessage()
                : "The request body is missing or unreadable";
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", detail, Map.of()));
    }

    /** Spring's own 400s (bad parameter types, missing parameters) get Keypad's type too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && status.value() == 400 && "about:blank".equals(String.valueOf(problem.getType()))) {
            problem.setType(java.net.URI.create(Problems.TYPE_BASE + "invalid-input"));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }
}
