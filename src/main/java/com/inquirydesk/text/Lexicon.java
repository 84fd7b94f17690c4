package com.inquirydesk.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/** The curated lexicon (text/korean-lexicon.tsv), read once; its format is described in the file itself. */
final class Lexicon {

    static final String RESOURCE = "text/korean-lexicon.tsv";

    enum Kind { UPSET, COMPLAINT, TONE, CATEGORY }

    /** One element of a pattern: a term, optionally with a tag, and whether it must follow the previous one at once. */
    record Element(String term, POS.Tag tag, boolean adjacent) {

        boolean matches(Morpheme morpheme) {
            return morpheme.term().equals(term) && (tag == null || morpheme.tag() == tag);
        }
    }

    /** A lexicon entry: what it signals, the morphemes it spans, its weight (tone) or label (category). */
    record Entry(Kind kind, List<Element> elements, int weight, String label) {
    }

    record Emoticon(Pattern pattern, int weight) {
    }

    private final List<Entry> toneEntries = new ArrayList<>();
    private final List<Entry> categoryEntries = new ArrayList<>();
    private final Set<String> categoryLabels = new LinkedHashSet<>();
    private final List<Emoticon> emoticons = new ArrayList<>();
    private final List<Element> negators = new ArrayList<>();
    private final Set<String> light = new HashSet<>();
    private final Set<String> stopWords = new HashSet<>();

    static Lexicon load() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon parse(List<String> lines) {
        Lexicon lexicon = new Lexicon();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            String value = columns.length > 2 ? columns[2].strip() : null;
            try {
                lexicon.add(columns[0].strip().toLowerCase(Locale.ROOT), columns[1].strip(), value);
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
            }
        }
        // Longer entries first, so that 불+만족 is read as a complaint before 만족 is read as praise.
        Comparator<Entry> longestFirst = Comparator.comparingInt((Entry e) -> e.elements().size()).reversed();
        lexicon.toneEntries.sort(longestFirst);
        lexicon.categoryEntries.sort(longestFirst);
        return lexicon;
    }

    private void add(String kind, String pattern, String value) {
        switch (kind) {
            case "upset" -> toneEntries.add(new Entry(Kind.UPSET, elements(pattern), Integer.parseInt(value), null));
            case "complaint" -> toneEntries.add(new Entry(Kind.COMPLAINT, elements(pattern), Integer.parseInt(value), null));
            case "tone" -> toneEntries.add(new Entry(Kind.TONE, elements(pattern), Integer.parseInt(value), null));
            case "category" -> {
                categoryEntries.add(new Entry(Kind.CATEGORY, elements(pattern), 0, value));
                categoryLabels.add(value);
            }
            case "emoticon" -> emoticons.add(new Emoticon(Pattern.compile(pattern), Integer.parseInt(value)));
            case "negator" -> negators.add(element(pattern, false));
            case "light" -> light.add(pattern);
            case "stopword" -> stopWords.add(pattern);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    private static List<Element> elements(String pattern) {
        List<Element> elements = new ArrayList<>();
        for (String word : pattern.split(" ")) {
            String[] parts = word.split("\\+");
            for (int i = 0; i < parts.length; i++) {
                elements.add(element(parts[i], i > 0));
            }
        }
        return List.copyOf(elements);
    }

    private static Element element(String text, boolean adjacent) {
        int slash = text.indexOf('/');
        return slash < 0 ? new Element(text, null, adjacent)
                : new Element(text.substring(0, slash), POS.Tag.valueOf(text.substring(slash + 1)), adjacent);
    }

    List<Entry> toneEntries() { return toneEntries; }
    List<Entry> categoryEntries() { return categoryEntries; }
    List<Emoticon> emoticons() { return emoticons; }
    /** In the order the lexicon first names them, which breaks ties between equally likely categories. */
    Set<String> categoryLabels() { return categoryLabels; }

    boolean isNegator(Morpheme morpheme) {
        return negators.stream().anyMatch(negator -> negator.matches(morpheme));
    }

    boolean isLight(Morpheme morpheme) {
        return light.contains(morpheme.term());
    }

    boolean isStopWord(String term) {
        return stopWords.contains(term) || light.contains(term);
    }
}
