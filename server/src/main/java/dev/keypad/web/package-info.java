/** Cross-cutting web concerns only: API authentication and authorization, and error responses. */
package dev.keypad.web;
