package com.inquirydesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The knowledge base's full-text index: Korean morphological analysis (Nori), so "환불이 안 돼요" and
 * "환불은 언제" meet on the noun 환불; title and curated keywords weigh more than the body; a cheap
 * fuzzy match forgives a one-letter typo; helpful votes lift an article among equally good matches.
 *
 * <p>The index lives in memory and is rebuilt from the table (a few hundred articles take milliseconds).
 * The publish time is checked at query time, so a scheduled article appears without a rebuild.
 *
 * <p>Recent answers are kept until the index changes or a scheduled article becomes visible: one intake asks
 * the same suggestion search three times (its API answer, the acknowledgement, the respond form), and a query
 * with typo allowance builds an automaton per word, the most expensive step of an intake.
 */
public class KnowledgeSearchIndex implements AutoCloseable {

    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String KEYWORDS = "keywords";
    static final String BODY = "body";
    static final String CATEGORY = "category";
    static final String SEGMENT = "segment";
    static final String TYPE = "type";
    static final String PUBLISH_AT = "publishAt";
    static final String FEATURES = "features";
    static final String HELPFUL = "helpful";
    static final String HELPFUL_SORT = "helpfulSort";
    static final String TITLE_SORT = "titleSort";
    /** Stands for "every segment" in the segment field. */
    static final String ALL_SEGMENTS = "*";

    static final float TITLE_BOOST = 3f;
    static final float KEYWORDS_BOOST = 2f;
    static final float BODY_BOOST = 1f;
    /** A near match counts far less than the word itself, so it mostly decides when nothing matches exactly. */
    static final float FUZZY_BOOST = 0.3f;
    /** Helpful votes add at most this much; half of it at {@link #HELPFUL_PIVOT} votes. */
    static final float HELPFUL_WEIGHT = 3f;
    static final float HELPFUL_PIVOT = 10f;

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\p{Punct}·…“”‘’]+");

    /**
     * Besides Nori's default stop tags (particles, endings, punctuation…), verbs, adjectives and bound nouns are
     * left out: "안 돼요", "할 수 있나요" say little about which article is meant, and the nouns carry the topic.
     */
    static final Set<POS.Tag> STOP_TAGS = Stream.concat(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS.stream(),
                    Stream.of(POS.Tag.VV, POS.Tag.VA, POS.Tag.VX, POS.Tag.VCP, POS.Tag.VCN, POS.Tag.NNB, POS.Tag.NP))
            .collect(Collectors.toUnmodifiableSet());

    private final Analyzer analyzer = new KoreanAnalyzer(null, KoreanTokenizer.DecompoundMode.MIXED, STOP_TAGS, false);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    /** How many recent answers are kept; each is a handful of slugs. */
    static final int REMEMBERED_SEARCHES = 1000;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Guarded by {@code this}: recent answers, the publish time of every indexed article, and a change counter. */
    private final Map<ArticleSearch, Answer> remembered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ArticleSearch, Answer> eldest) {
            return size() > REMEMBERED_SEARCHES;
        }
    };
    private final Map<String, Long> publishTimes = new HashMap<>();
    private final TreeSet<Long> publishMoments = new TreeSet<>();
    private long generation;

    /** Slugs found at {@code at} (epoch milliseconds); every change of the index forgets all answers. */
    private record Answer(List<String> slugs, long at) {
    }

    public KnowledgeSearchIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole index with these articles (only those customers may read are kept). */
    public synchronized void replaceAll(Collection<SearchableArticle> articles) {
        try {
            writer.deleteAll();
            publishTimes.clear();
            for (SearchableArticle article : articles) {
                writer.addDocument(document(article));
                publishTimes.put(article.slug(), publishMillis(article));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            changed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces one article; {@code null} removes the slug (unpublished or deleted). */
    public synchronized void put(String slug, SearchableArticle article) {
        try {
            if (article == null) {
                writer.deleteDocuments(new Term(SLUG, slug));
                publishTimes.remove(slug);
            } else {
                writer.updateDocument(new Term(SLUG, slug), document(article));
                publishTimes.put(slug, publishMillis(article));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            changed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Slugs of the matching articles visible at {@code now}, best first. */
    public List<String> search(ArticleSearch search, Instant now) {
        long at = now.toEpochMilli();
        long searchedGeneration;
        synchronized (this) {
            Answer answer = remembered.get(search);
            if (answer != null && stillValid(answer, at)) {
                return answer.slugs();
            }
            searchedGeneration = generation;
        }
        List<String> slugs = List.copyOf(searchIndex(search, now));
        synchronized (this) {
            // An answer found while the index changed may already be out of date: it is used once, not kept.
            if (searchedGeneration == generation) {
                remembered.put(search, new Answer(slugs, at));
            }
        }
        return slugs;
    }

    /**
     * A remembered answer holds while no article became visible since it was found (a time going backwards, as
     * tests move the clock, is not trusted either).
     */
    private boolean stillValid(Answer answer, long now) {
        if (now < answer.at()) {
            return false;
        }
        Long nextPublished = publishMoments.higher(answer.at());
        return nextPublished == null || nextPublished > now;
    }

    private void changed() {
        generation++;
        remembered.clear();
        publishMoments.clear();
        publishMoments.addAll(publishTimes.values());
    }

    private static long publishMillis(SearchableArticle article) {
        return article.publishAt() == null ? Long.MIN_VALUE : article.publishAt().toEpochMilli();
    }

    private List<String> searchIndex(ArticleSearch search, Instant now) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query filters = filters(search, now);
                TopDocs top;
                if (search.hasText()) {
                    Query text = textQuery(search.text(), search.anyWord());
                    if (text == null) {
                        return List.of();
                    }
                    Query query = new BooleanQuery.Builder()
                            .add(text, Occur.MUST)
                            .add(filters, Occur.FILTER)
                            .add(FeatureField.newSaturationQuery(FEATURES, HELPFUL, HELPFUL_WEIGHT, HELPFUL_PIVOT), Occur.SHOULD)
                            .build();
                    top = searcher.search(query, search.limit());
                } else {
                    Query query = new BooleanQuery.Builder()
                            .add(new MatchAllDocsQuery(), Occur.MUST)
                            .add(filters, Occur.FILTER)
                            .build();
                    top = searcher.search(query, search.limit(), new Sort(
                            new SortField(HELPFUL_SORT, SortField.Type.INT, true), new SortField(TITLE_SORT, SortField.Type.STRING)));
                }
                List<String> slugs = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    slugs.add(searcher.storedFields().document(hit.doc).get(SLUG));
                }
                return slugs;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words Nori makes of a text, in order, each once. */
    List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    /**
     * One clause per word of the query: the word matches when one of its Nori terms is in an article, or when the
     * article has a term within the word's typo allowance (which also covers a particle glued to a noun, as in
     * "환불이"). At least half of the words must match, so one stray word does not drag in unrelated articles.
     */
    private Query textQuery(String text, boolean anyWord) {
        List<Query> wordQueries = new ArrayList<>();
        for (String word : WORD_SEPARATORS.split(text.strip())) {
            Query wordQuery = wordQuery(word);
            if (wordQuery != null) {
                wordQueries.add(wordQuery);
            }
        }
        if (wordQueries.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        wordQueries.forEach(word -> query.add(word, Occur.SHOULD));
        query.setMinimumNumberShouldMatch(anyWord ? 1 : (wordQueries.size() + 1) / 2);
        return query.build();
    }

    private Query wordQuery(String word) {
        List<String> terms = terms(word);
        // Decompounding leaves single syllables behind ("세금계산서" → …, "서"); beside longer terms they only add noise.
        if (terms.stream().anyMatch(term -> term.codePointCount(0, term.length()) > 1)) {
            terms = terms.stream().filter(term -> term.codePointCount(0, term.length()) > 1).toList();
        }
        int maxEdits = typoAllowance(word);
        if (terms.isEmpty() && maxEdits == 0) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(KEYWORDS, term)), KEYWORDS_BOOST), Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(BODY, term)), BODY_BOOST), Occur.SHOULD);
        }
        if (maxEdits > 0) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            // The first letter is kept: typos rarely hit it, and it keeps the expansion small.
            query.add(new BoostQuery(new FuzzyQuery(new Term(TITLE, lower), maxEdits, 1), TITLE_BOOST * FUZZY_BOOST), Occur.SHOULD);
            query.add(new BoostQuery(new FuzzyQuery(new Term(KEYWORDS, lower), maxEdits, 1), KEYWORDS_BOOST * FUZZY_BOOST), Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * How many letters of a query word may be wrong. A Hangul syllable carries as much as several Latin letters,
     * so one wrong syllable is forgiven from two syllables on and two from four; Latin words and numbers need four
     * characters for one typo and eight for two.
     */
    static int typoAllowance(String word) {
        boolean hangul = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        int length = word.codePointCount(0, word.length());
        if (hangul) {
            return length >= 4 ? 2 : length >= 2 ? 1 : 0;
        }
        return length >= 8 ? 2 : length >= 4 ? 1 : 0;
    }

    private static Query filters(ArticleSearch search, Instant now) {
        BooleanQuery.Builder filters = new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(PUBLISH_AT, Long.MIN_VALUE, now.toEpochMilli()), Occur.FILTER);
        if (search.category() != null) {
            filters.add(new TermQuery(new Term(CATEGORY, search.category().name())), Occur.FILTER);
        }
        if (search.type() != null) {
            filters.add(new TermQuery(new Term(TYPE, search.type().name())), Occur.FILTER);
        }
        BooleanQuery.Builder segments = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SEGMENT, ALL_SEGMENTS)), Occur.SHOULD);
        if (search.segment() != null && !search.segment().isBlank()) {
            segments.add(new TermQuery(new Term(SEGMENT, search.segment().strip())), Occur.SHOULD);
        }
        filters.add(segments.build(), Occur.FILTER);
        return filters.build();
    }

    private static Document document(SearchableArticle article) {
        Document doc = new Document();
        doc.add(new StringField(SLUG, article.slug(), Field.Store.YES));
        doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
        doc.add(new TextField(KEYWORDS, article.keywords() == null ? "" : article.keywords().replace(',', ' '), Field.Store.NO));
        doc.add(new TextField(BODY, article.body(), Field.Store.NO));
        doc.add(new StringField(CATEGORY, article.category().name(), Field.Store.NO));
        doc.add(new StringField(SEGMENT, article.segment() == null || article.segment().isBlank()
                ? ALL_SEGMENTS : article.segment().strip(), Field.Store.NO));
        doc.add(new StringField(TYPE, article.type().name(), Field.Store.NO));
        doc.add(new LongPoint(PUBLISH_AT, article.publishAt() == null ? Long.MIN_VALUE : article.publishAt().toEpochMilli()));
        // Feature values must be positive; one vote more than counted keeps unrated articles in the game.
        doc.add(new FeatureField(FEATURES, HELPFUL, article.helpfulCount() + 1f));
        doc.add(new NumericDocValuesField(HELPFUL_SORT, article.helpfulCount()));
        doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(article.title())));
        return doc;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        analyzer.close();
    }
}
