package dev.keypad.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The console's sign-in page, the front door, and the page for a refused request. */
@Controller
class SignInPage {

    private final boolean secureCookie;

    SignInPage(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookie) {
        this.secureCookie = secureCookie;
    }

    @GetMapping("/")
    String frontDoor() {
        return "redirect:/console";
    }

    @GetMapping("/console")
    String home() {
        return "redirect:/console/users";
    }

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, Model model) {
        // A Secure cookie set over plain http to another host is dropped by the browser, and the
        // sign-in would seem to do nothing; say so instead.
        model.addAttribute("failed", request.getParameter("failed") != null);
        model.addAttribute("expired", request.getParameter("expired") != null);
        model.addAttribute("signedOut", request.getParameter("signed-out") != null);
        model.addAttribute("cookieWillBeDropped", secureCookie && !request.isSecure() && !isLoopback(request.getServerName()));
        return "console/sign-in";
    }

    /** Refused requests of every method are forwarded here. */
    @RequestMapping("/console/forbidden")
    String forbidden(HttpServletRequest request, Model model) {
        model.addAttribute("staleForm", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
        return "console/forbidden";
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }
}
