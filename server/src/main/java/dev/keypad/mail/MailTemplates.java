package dev.keypad.mail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import dev.keypad.DataFolder;

/**
 * Renders a mail from its Thymeleaf template pair (ADR 8): {@code <code>.txt} in TEXT mode, whose
 * first line is {@code Subject: …}, then a blank line, then the plain-text body; and
 * {@code <code>.html} in HTML mode, which escapes every value. Each file is looked up in
 * {@code <data folder>/mail-templates/} first and in the server jar's {@code mail-templates/}
 * second, so an operator overrides one file without copying the others. In the text part, runs of
 * blank lines become one, so a template's conditional paragraphs need no care with line breaks.
 * Text templates write values with {@code [(${name})]}: TEXT mode's {@code [[…]]} would escape
 * them for HTML.
 *
 * <p>Caching: an operator's file is never cached, so an edited file applies to the next mail
 * without a restart. Templates from the jar are cached for {@value #JAR_CACHE_SECONDS} seconds;
 * since the cache is consulted before the data folder, an operator's file added where there was
 * none is used at the latest that long after it appears.
 *
 * <p>Thread-safe: Thymeleaf's engines are, and this class has no other state.
 */
public final class MailTemplates {

    static final String FOLDER = "mail-templates";
    static final int JAR_CACHE_SECONDS = 60;
    private static final String SUBJECT = "Subject: ";
    /** Conditional paragraphs leave blank lines behind; one separates paragraphs, more say nothing. */
    private static final Pattern BLANK_LINES = Pattern.compile("\n(?:[ \t]*\n){2,}");

    private final Path overrides;
    private final TemplateEngine text;
    private final TemplateEngine html;

    /** Reads nothing yet; templates are looked up when a mail is rendered. */
    public MailTemplates(DataFolder dataFolder) {
        this.overrides = dataFolder.path().resolve(FOLDER);
        this.text = engine(TemplateMode.TEXT, ".txt");
        this.html = engine(TemplateMode.HTML, ".html");
    }

    /**
     * Renders both parts of a mail.
     *
     * @param values the template values of {@link MailKind}'s kind, plain and unescaped; an absent
     *               key means the value was not given. The HTML template also gets {@code subject}.
     * @throws IllegalArgumentException when a kind that {@linkplain MailKind#secret() carries a secret}
     *                                  gets no value of its secret's name, or a kind gets a secret it
     *                                  does not carry ({@code pin}, {@code link})
     * @throws IllegalStateException    when the rendered text does not start with a non-empty
     *                                  {@code Subject: } line and a blank line; the message names the
     *                                  template file and never holds rendered text
     * @throws org.thymeleaf.exceptions.TemplateEngineException when a template is missing or broken
     */
    public Rendered render(MailKind kind, Map<String, String> values) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
        checkSecret(kind, values);
        Map<String, Object> variables = new HashMap<>(values);
        String rendered = text.process(kind.code(), context(variables)).replace("\r\n", "\n");
        if (rendered.startsWith("\uFEFF")) {
            rendered = rendered.substring(1);
        }
        int endOfSubject = rendered.indexOf('\n');
        String firstLine = endOfSubject < 0 ? rendered : rendered.substring(0, endOfSubject);
        if (!firstLine.startsWith(SUBJECT) || firstLine.substring(SUBJECT.length()).isBlank()) {
            throw new IllegalStateException("The mail template " + source(kind, ".txt")
                    + " must start with a line 'Subject: …' that has a subject, and does not");
        }
        int endOfBlankLine = endOfSubject < 0 ? -1 : rendered.indexOf('\n', endOfSubject + 1);
        if (endOfBlankLine < 0 || !rendered.substring(endOfSubject + 1, endOfBlankLine).isBlank()) {
            throw new IllegalStateException("The mail template " + source(kind, ".txt")
                    + " must have a blank line after its Subject line, before the body, and does not");
        }
        String subject = firstLine.substring(SUBJECT.length()).strip();
        String body = BLANK_LINES.matcher(rendered.substring(endOfBlankLine + 1).strip()).replaceAll("\n\n") + "\n";
        variables.put("subject", subject);
        return new Rendered(subject, body, html.process(kind.code(), context(variables)));
    }

    private static void checkSecret(MailKind kind, Map<String, String> values) {
        for (String name : MailKind.Secrets.ALL) {
            String secret = values.get(name);
            boolean carries = name.equals(kind.secret());
            if (carries && (secret == null || secret.isBlank())) {
                throw new IllegalArgumentException("A " + kind.code() + " mail needs the value '" + name + "'");
            }
            if (!carries && values.containsKey(name)) {
                throw new IllegalArgumentException("A " + kind.code() + " mail carries no " + (name.equals(MailKind.Secrets.PIN)
                        ? "PIN" : name) + "; leave out the value '" + name + "'");
            }
        }
    }

    private static Context context(Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        return context;
    }

    /** Where the template came from, for error messages; the same test the file resolver makes. */
    private String source(MailKind kind, String extension) {
        Path file = overrides.resolve(kind.code() + extension);
        return Files.exists(file) ? file.toString() : FOLDER + "/" + kind.code() + extension + " in the server jar";
    }

    private TemplateEngine engine(TemplateMode mode, String suffix) {
        FileTemplateResolver operators = new FileTemplateResolver();
        configure(operators, overrides + File.separator, suffix, mode, 1);
        operators.setCheckExistence(true);
        operators.setCacheable(false);
        ClassLoaderTemplateResolver jar = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        configure(jar, FOLDER + "/", suffix, mode, 2);
        jar.setCacheable(true);
        jar.setCacheTTLMs(JAR_CACHE_SECONDS * 1000L);
        // Spring's flavour of the engine: its expressions are SpEL, which Boot's Thymeleaf brings,
        // where the plain engine would need OGNL on the class path.
        TemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(operators);
        engine.addTemplateResolver(jar);
        return engine;
    }

    private static void configure(AbstractConfigurableTemplateResolver resolver, String prefix, String suffix,
            TemplateMode mode, int order) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setOrder(order);
    }

    /**
     * A rendered mail. Immutable. The parts hold the PIN in the clear, so {@link #toString()} shows
     * the subject only.
     *
     * @param subject one line, without the {@code Subject: } prefix
     * @param text    the plain-text part, ending with one line break
     * @param html    the HTML part, a whole document
     */
    public record Rendered(String subject, String text, String html) {

        public Rendered {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(html, "html");
        }

        @Override
        public String toString() {
            return "Rendered[subject=" + subject + "]";
        }
    }
}
