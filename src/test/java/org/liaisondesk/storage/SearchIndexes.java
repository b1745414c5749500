package org.liaisondesk.storage;

/** The search indexes of a test's own {@code doc(id, title, body, …)} table, made as the schema makes them per kind. */
final class SearchIndexes {
    private SearchIndexes() {
    }

    /**
     * The trigram index {@code doc_fts} and, as schema V008 adds for every kind, the index of the columns' last two
     * characters padded ({@code doc_tail}) and both vocabularies; kept on insert.
     */
    static final String OF_DOC = "CREATE VIRTUAL TABLE doc_fts USING fts5(title, body, content='doc', content_rowid='id', "
            + "tokenize='trigram');"
            + "CREATE TRIGGER doc_ai AFTER INSERT ON doc BEGIN "
            + "INSERT INTO doc_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END;"
            + "CREATE VIEW doc_tail_source AS SELECT id, substr(title, -2) || char(1, 1) AS title, "
            + "substr(body, -2) || char(1, 1) AS body FROM doc;"
            + "CREATE VIRTUAL TABLE doc_tail USING fts5(title, body, content='doc_tail_source', "
            + "content_rowid='id', tokenize='trigram');"
            + "CREATE TRIGGER doc_tail_ai AFTER INSERT ON doc BEGIN INSERT INTO doc_tail(rowid, title, body) "
            + "VALUES (new.id, substr(new.title, -2) || char(1, 1), substr(new.body, -2) || char(1, 1)); END;"
            + "CREATE VIRTUAL TABLE doc_fts_terms USING fts5vocab(doc_fts, 'row');"
            + "CREATE VIRTUAL TABLE doc_tail_terms USING fts5vocab(doc_tail, 'row');";
}
