package dev.keypad.access.api;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.Actor;
import dev.keypad.access.Account;
import dev.keypad.access.Accounts;
import dev.keypad.access.AddAccount;
import dev.keypad.access.RemoveAccount;
import dev.keypad.access.Role;
import dev.keypad.access.UnblockSignIn;

/** API accounts under {@code /api/v1/accounts}, and {@code /api/v1/whoami}. */
@RestController
class AccountController {

    private final Accounts accounts;
    private final AddAccount addAccount;
    private final RemoveAccount removeAccount;
    private final UnblockSignIn unblockSignIn;

    AccountController(Accounts accounts, AddAccount addAccount, RemoveAccount removeAccount, UnblockSignIn unblockSignIn) {
        this.accounts = accounts;
        this.addAccount = addAccount;
        this.removeAccount = removeAccount;
        this.unblockSignIn = unblockSignIn;
    }

    @GetMapping("/api/v1/whoami")
    AccountResponse whoami(Authentication authentication) {
        return accounts.findByName(authentication.getName()).map(AccountResponse::of).orElseThrow();
    }

    @GetMapping("/api/v1/accounts")
    AccountList list() {
        return new AccountList(accounts.list().stream().map(AccountResponse::of).toList());
    }

    @PostMapping("/api/v1/accounts")
    ResponseEntity<CreatedAccount> add(@RequestBody AccountRequest request, Actor actor) {
        AddAccount.Created created = addAccount.add(request.name(), Role.parse(request.role()), null, actor);
        Account account = created.account();
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedAccount(account.name(),
                account.role().jsonName(), account.createdAt(), created.token()));
    }

    @DeleteMapping("/api/v1/accounts/{name}")
    ResponseEntity<Void> remove(@PathVariable String name, Actor actor) {
        removeAccount.remove(name, actor);
        return ResponseEntity.noContent().build();
    }

    /** Lifts a console sign-in block after failures; answers whether there was one. */
    @PostMapping("/api/v1/accounts/{name}/unblock")
    Unblocked unblock(@PathVariable String name, Actor actor) {
        return new Unblocked(name, unblockSignIn.unblock(name, actor));
    }

    record Unblocked(String name, boolean unblocked) {
    }

    record AccountRequest(String name, String role) {
    }

    record AccountResponse(String account, String name, String role, Instant createdAt) {
        static AccountResponse of(Account account) {
            return new AccountResponse(account.name(), account.name(), account.role().jsonName(), account.createdAt());
        }
    }

    record AccountList(List<AccountResponse> items) {
    }

    /** Carries the new token: the one response that ever shows it. */
    record CreatedAccount(String name, String role, Instant createdAt, String token) {
        @Override
        public String toString() {
            return "CreatedAccount[name=" + name + ", role=" + role + ", token=*****]";
        }
    }
}
