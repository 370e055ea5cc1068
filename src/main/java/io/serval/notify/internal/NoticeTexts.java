package io.serval.notify.internal;

import io.serval.notify.Notice;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Notices in words, in one language: the subject (also the inbox line) and the body of a mail, from the kind's
 * Thymeleaf TEXT templates ({@code templates/notify/mail/<kind>.subject.txt}, {@code .body.txt}) and the message
 * bundles. An argument that is a key is put in words first, in the same language.
 */
@Component
public class NoticeTexts {

    private static final String PREFIX = "templates/notify/mail/";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(PREFIX);
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    /** The one-line text: a mail's subject and what the inbox shows. */
    public String subject(String kind, String storedArguments, Locale locale) {
        return render(kind + ".subject.txt", storedArguments, locale, Map.of()).strip();
    }

    /** A mail's body, greeting the reader by name and ending with the link into the application. */
    public String body(String kind, String storedArguments, Locale locale, String readerName, String url) {
        return render(kind + ".body.txt", storedArguments, locale, Map.of("reader", readerName, "url", url == null ? "" : url));
    }

    /** The arguments as a reader sees them: keys put in words. */
    Map<String, String> words(String storedArguments, Locale locale) {
        Map<String, String> words = new HashMap<>();
        StoredArguments.read(storedArguments).forEach((name, argument) -> words.put(name,
                argument instanceof Notice.Key k ? messages.getMessage(k.key(), null, k.key(), locale)
                        : ((Notice.Value) argument).text()));
        return words;
    }

    private String render(String template, String storedArguments, Locale locale, Map<String, String> extra) {
        Context context = new Context(locale);
        context.setVariables(new HashMap<>(words(storedArguments, locale)));
        extra.forEach(context::setVariable);
        return engine.process(template, context);
    }
}
