package dev.keypad.directory.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.Actor;
import dev.keypad.InvalidInputException;
import dev.keypad.directory.AddUser;
import dev.keypad.directory.ChangeUser;
import dev.keypad.directory.FindUsers;
import dev.keypad.directory.ImportReport;
import dev.keypad.directory.ImportUsers;
import dev.keypad.directory.RemoveUser;
import dev.keypad.directory.Selection;
import dev.keypad.directory.User;

/** The directory under {@code /api/v1/users} (docs/api.md). */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 1000;

    private final FindUsers find;
    private final AddUser addUser;
    private final ChangeUser changeUser;
    private final RemoveUser removeUser;
    private final ImportUsers importUsers;

    UserController(FindUsers find, AddUser addUser, ChangeUser changeUser, RemoveUser removeUser, ImportUsers importUsers) {
        this.find = find;
        this.addUser = addUser;
        this.changeUser = changeUser;
        this.removeUser = removeUser;
        this.importUsers = importUsers;
    }

    @PostMapping
    ResponseEntity<UserResponse> add(@RequestBody UserRequest request, Actor actor) {
        User user = addUser.add(request.toUser(), actor);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.identity())).body(UserResponse.of(user));
    }

    @GetMapping
    UserPageResponse list(@RequestParam(required = false) String identity, @RequestParam(required = false) String ou,
                          @RequestParam(required = false) String ldapFilter, @RequestParam(required = false) String site,
                          @RequestParam(required = false) Integer resultSize, @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) String after) {
        int pageSize = pageSize(limit);
        if (identity != null) {
            if (ou != null || ldapFilter != null || site != null) {
                throw new InvalidInputException("identity", "identity cannot be combined with ou, ldapFilter or site");
            }
            return UserPageResponse.of(find.named(identity, after, pageSize));
        }
        return UserPageResponse.of(find.select(Selection.of(ou, ldapFilter, site, resultSize), after, pageSize));
    }

    @GetMapping("/{sipAddress}")
    UserResponse show(@PathVariable String sipAddress) {
        return UserResponse.of(bySipAddress(sipAddress));
    }

    @PatchMapping("/{sipAddress}")
    UserResponse change(@PathVariable String sipAddress, @RequestBody UserRequest request, Actor actor) {
        return UserResponse.of(changeUser.change(bySipAddress(sipAddress).identity(), request.toPatch(), actor));
    }

    @DeleteMapping("/{sipAddress}")
    ResponseEntity<Void> remove(@PathVariable String sipAddress, Actor actor) {
        removeUser.remove(bySipAddress(sipAddress).identity(), actor);
        return ResponseEntity.noContent().build();
    }

    /** Reads the CSV as a stream, so the size of the file is no limit. */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    ImportReport importCsv(HttpServletRequest request, Actor actor) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return importUsers.run(request.getReader(), actor);
    }

    private User bySipAddress(String sipAddress) {
        return find.bySipAddress(sipAddress);
    }

    private static int pageSize(Integer limit) {
        if (limit == null) {
            return DEFAULT_PAGE;
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        return limit;
    }
}
