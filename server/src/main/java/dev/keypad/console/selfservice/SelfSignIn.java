package dev.keypad.console.selfservice;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.keypad.Actor;
import dev.keypad.access.RequestSignInLink;
import dev.keypad.access.UseSignInLink;

/**
 * How end users get in (ADR 0013): they ask for a link by their sign-in address, and get the same
 * answer whether or not a mail goes out; opening the link only shows a button, since mail scanners
 * fetch links and a fetch must not use up a link that works once; the button's POST uses the link
 * and signs the browser in with a new session.
 */
@Controller
class SelfSignIn {

    static final String ROLE = "ROLE_SELF";

    private final RequestSignInLink requestLink;
    private final UseSignInLink useLink;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

    SelfSignIn(RequestSignInLink requestLink, UseSignInLink useLink) {
        this.requestLink = requestLink;
        this.useLink = useLink;
    }

    @GetMapping("/self")
    String askForLink(HttpServletRequest request, Model model) {
        model.addAttribute("expired", request.getParameter("expired") != null);
        model.addAttribute("signedOut", request.getParameter("signed-out") != null);
        return "self/ask";
    }

    @PostMapping("/self/link")
    String sendLink(@RequestParam(name = "identity", required = false) String identity, Actor actor, Model model) {
        requestLink.request(identity, actor.source());
        model.addAttribute("minutes", RequestSignInLink.VALID_FOR.toMinutes());
        return "self/link-sent";
    }

    @GetMapping("/self/sign-in")
    String confirm(@RequestParam(name = "token", required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        return "self/continue";
    }

    @PostMapping("/self/sign-in")
    String signIn(@RequestParam(name = "token", required = false) String token, Actor actor, HttpServletRequest request,
                  HttpServletResponse response) {
        UseSignInLink.Outcome outcome = useLink.use(token, actor.source());
        if (!(outcome instanceof UseSignInLink.Outcome.SignedIn signedIn)) {
            response.setStatus(HttpStatus.GONE.value());
            return "self/link-refused";
        }
        // A new session id, so a session id planted before the sign-in is worth nothing after it,
        // and a new CSRF token for the same reason.
        request.getSession(true);
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SelfServiceUser(signedIn.userId(), signedIn.sipAddress(), signedIn.actorName()), null,
                List.of(new SimpleGrantedAuthority(ROLE))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/self/pins";
    }
}
