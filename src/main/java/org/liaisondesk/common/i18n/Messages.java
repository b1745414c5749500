package org.liaisondesk.common.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one message bundle of the application. Chinese is the default; English is selected in settings.
 * A missing key shows as the key itself in brackets, so it is visible on screen and caught by the
 * consistency test instead of crashing a dialog.
 */
public final class Messages {
    public static final String BUNDLE = "org.liaisondesk.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static volatile Messages current = new Messages(CHINESE);

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        // Control.NO_FALLBACK: never fall back to the JVM's default locale (an English JVM must still show Chinese).
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages in use by the running application. */
    public static Messages current() {
        return current;
    }

    public static void use(Locale locale) {
        current = new Messages(locale);
    }

    /** Shorthand for {@code current().get(key, args)}. */
    public static String tr(String key, Object... args) {
        return current.get(key, args);
    }

    public static Locale localeFor(String languageTag) {
        return "en".equalsIgnoreCase(languageTag) ? Locale.ENGLISH : CHINESE;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
