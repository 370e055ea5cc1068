package io.serval.e2e;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checks a rendered page's interface text must pass, built from the message bundles: no raw message key, and
 * no text in the other language written by the interface itself.
 * <p>What counts as <b>interface text</b>: the page as a user reads it (the rendered text of the body, the page
 * title, the texts of the options of visible selects, and the placeholder, title and aria-label of visible
 * elements), minus <b>user data</b>, which may be in either language: every data string given to
 * {@link #withData} (the string values of the records the API returns: names, codes, descriptions, holiday
 * names, ...) and the names of the languages the language switch offers, each in its own language.
 * <ul>
 * <li><b>raw key</b>: {@code ??key_locale??}, or a dotted token whose first segment is a bundle key's
 *     (e.g. {@code agreement.status.X}, {@code nav.home}).</li>
 * <li><b>Chinese page</b>: an English-only label as a whole word: an English bundle value, or for a message
 *     with arguments each literal piece of it, trimmed of punctuation, of at least 4 characters with a letter,
 *     that differs from the key's Chinese value and occurs in no Chinese value.</li>
 * <li><b>English page</b>: any Chinese character or full-width punctuation.</li>
 * </ul>
 */
final class UiTexts {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern ARGUMENT = Pattern.compile("\\{[^}]*}");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    private static final Pattern UNRESOLVED_KEY = Pattern.compile("\\?\\?[^?\\s]{1,200}\\?\\?");
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> LANGUAGE_NAMES = List.of("简体中文", "English");
    private static final int MIN_LABEL = 4;
    private static final String GAP = " \u0000 ";

    /** English-only label → the key it comes from. */
    private final Map<String, String> englishOnly;
    private final Pattern dottedKey;
    private final List<String> data;

    private UiTexts(Map<String, String> englishOnly, Pattern dottedKey, List<String> data) {
        this.englishOnly = englishOnly;
        this.dottedKey = dottedKey;
        this.data = data;
    }

    /** From every {@code messages.properties} / {@code messages_zh_CN.properties} pair under src/main/resources. */
    static UiTexts fromBundles() {
        Map<String, String> en = new TreeMap<>();
        Map<String, String> zh = new TreeMap<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path english : files.filter(f -> f.getFileName().toString().equals("messages.properties")).toList()) {
                en.putAll(load(english));
                zh.putAll(load(english.resolveSibling("messages_zh_CN.properties")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(en, zh);
    }

    /** From the given bundles (key → text). */
    static UiTexts of(Map<String, String> en, Map<String, String> zh) {
        Map<String, String> englishOnly = new TreeMap<>();
        en.forEach((key, english) -> {
            String chinese = zh.getOrDefault(key, "");
            if (!english.equals(chinese)) {
                for (String label : literalPieces(english)) {
                    if (label.length() >= MIN_LABEL && label.chars().anyMatch(Character::isLetter)
                            && zh.values().stream().noneMatch(z -> z.contains(label))) {
                        englishOnly.putIfAbsent(label, key);
                    }
                }
            }
        });
        Set<String> namespaces = en.keySet().stream().filter(k -> k.contains("."))
                .map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toCollection(TreeSet::new));
        Pattern dotted = Pattern.compile("(?<![\\w.@/-])(?:" + String.join("|", namespaces)
                + ")(?:\\.[A-Za-z0-9_-]+)+(?![\\w@/]|\\.\\w)");
        return new UiTexts(englishOnly, dotted, List.of());
    }

    /** The same checks, with these strings taken as user data (removed before checking the language). */
    UiTexts withData(Collection<String> strings) {
        List<String> sorted = strings.stream().map(UiTexts::normalised).filter(s -> s.length() >= 2).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return new UiTexts(englishOnly, dottedKey, sorted);
    }

    /** What is wrong with a page meant to be in {@code language} ("zh" or "en"); empty when nothing. */
    List<String> problems(String language, String pageText) {
        Set<String> problems = new LinkedHashSet<>();
        Matcher unresolved = UNRESOLVED_KEY.matcher(interfaceText(pageText));
        while (unresolved.find()) {
            problems.add("raw message key " + unresolved.group());
        }
        String ui = unresolved.replaceAll(GAP);
        Matcher key = dottedKey.matcher(ui);
        while (key.find()) {
            problems.add("raw message key " + key.group() + " in \"" + around(ui, key.start(), key.end()) + "\"");
        }
        if ("zh".equals(language)) {
            englishOnly.forEach((label, source) -> {
                int at = wordAt(ui, label);
                if (at >= 0) {
                    problems.add("English label \"" + label + "\" (" + source + ") in \""
                            + around(ui, at, at + label.length()) + "\"");
                }
            });
        } else {
            Matcher chinese = CHINESE.matcher(ui);
            while (chinese.find()) {
                problems.add("Chinese text \"" + chinese.group() + "\" in \"" + around(ui, chinese.start(), chinese.end()) + "\"");
            }
        }
        return List.copyOf(problems);
    }

    /** The page text with user data and language names cut out (each replaced by a gap, so no new words form). */
    String interfaceText(String pageText) {
        String text = normalised(pageText);
        for (String datum : data) {
            text = cut(text, datum);
        }
        for (String name : LANGUAGE_NAMES) {
            text = cut(text, name);
        }
        return text;
    }

    /** The text without the whole-word occurrences of {@code word} (a Latin word inside another is kept). */
    private static String cut(String text, String word) {
        int at = wordAt(text, word);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (; at >= 0; at = wordAt(text, word, at + word.length())) {
            out.append(text, from, at).append(GAP);
            from = at + word.length();
        }
        return out.append(text, from, text.length()).toString();
    }

    int labelCount() {
        return englishOnly.size();
    }

    private static List<String> literalPieces(String message) {
        List<String> pieces = new ArrayList<>();
        boolean formatted = ARGUMENT.matcher(message).find();
        String text = formatted ? message.replace("''", "'") : message;
        for (String piece : formatted ? ARGUMENT.split(text) : new String[] {text}) {
            String trimmed = EDGE_PUNCTUATION.matcher(piece).replaceAll("");
            if (!trimmed.isEmpty()) {
                pieces.add(trimmed);
            }
        }
        return pieces;
    }

    private static int wordAt(String text, String word) {
        return wordAt(text, word, 0);
    }

    /** Where {@code word} occurs from {@code from} on, not glued to Latin letters or digits, or -1. */
    private static int wordAt(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean freeBefore = at == 0 || !latin(word.charAt(0)) || !latin(text.charAt(at - 1));
            boolean freeAfter = end == text.length() || !latin(word.charAt(word.length() - 1)) || !latin(text.charAt(end));
            if (freeBefore && freeAfter) {
                return at;
            }
        }
        return -1;
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static String around(String text, int start, int end) {
        String context = text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30));
        return context.replace(GAP, " … ").trim();
    }

    private static String normalised(String text) {
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
