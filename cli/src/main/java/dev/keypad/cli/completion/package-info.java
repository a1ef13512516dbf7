/** Shell completion scripts for bash and zsh, generated from the command model so that they never fall behind it. */
package dev.keypad.cli.completion;
