package dev.keypad.cli.phone;

import dev.keypad.cli.CommandGroup;
import picocli.CommandLine.Command;

@Command(name = "phone",
    description = {"The phone gateway's calls, made by hand: sign-in, change-pin.",
        "Like Test-CsPhoneBootstrap, they test what a caller on a phone would get; failures count as real ones."},
    subcommands = {PhoneSignInCommand.class, PhoneChangePinCommand.class},
    footer = {"%nExamples:",
        "  keypad phone sign-in --purpose phone --extension 0100 --pin - < pin.txt",
        "  keypad phone change-pin --purpose voicemail \\",
        "      --identity kenmyer@litwareinc.com --pin - --new-pin - < pins.txt"})
public final class PhoneCommand extends CommandGroup {
}
