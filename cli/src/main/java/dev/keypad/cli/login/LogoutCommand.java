package dev.keypad.cli.login;

import dev.keypad.cli.ConfigFile;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "logout",
    description = "Removes the saved API token; the saved server stays, for the next 'keypad login'.",
    footer = {"%nExample:", "  keypad logout"})
public final class LogoutCommand extends KeypadSubcommand {

    @Override
    protected int run() throws Exception {
        ConfigFile file = ConfigFile.of(environment());
        Map<String, String> saved = file.read();
        if (saved.remove(ConfigFile.TOKEN) == null) {
            err().println("No token saved in " + file.path() + "; nothing to do.");
        } else {
            file.write(saved);
            err().println("Removed the token from " + file.path());
        }
        environment().variable("KEYPAD_TOKEN").ifPresent(ignored ->
                err().println("Note: KEYPAD_TOKEN is still set in this shell."));
        return ExitCodes.SUCCESS;
    }
}
