package com.inquirydesk.audit.privacy;

import com.inquirydesk.system.CustomerDataEraser;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The safety net after every feature's {@link CustomerDataEraser}: whatever copy of the customer's texts
 * still sits anywhere in the schema (a weekly report quoting a comment, a decision input, an incident
 * message, a table a new feature forgot) is replaced. Every character column of every table is visited,
 * found through JDBC metadata, except the append-only registers (which hold no customer text) and
 * Flyway's history. Texts shorter than {@link #MINIMUM_LENGTH} are left to the structural erasers, so a
 * short name does not wipe the same word out of other customers' data.
 */
@Component
class KnownTextScrubber {

    static final int MINIMUM_LENGTH = 6;
    private static final int TEXTS_PER_STATEMENT = 20;
    private static final Set<String> SKIPPED_TABLES = Set.of("access_record", "audit_event", "flyway_schema_history");
    private static final Set<Integer> TEXT_TYPES = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    private final JdbcTemplate jdbc;

    KnownTextScrubber(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int scrub(Collection<String> knownTexts) {
        List<String> texts = knownTexts.stream().filter(t -> t != null && t.strip().length() >= MINIMUM_LENGTH)
                .map(String::strip).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (texts.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (Column column : textColumns()) {
            for (int from = 0; from < texts.size(); from += TEXTS_PER_STATEMENT) {
                changed += replace(column, texts.subList(from, Math.min(texts.size(), from + TEXTS_PER_STATEMENT)));
            }
        }
        return changed;
    }

    private int replace(Column column, List<String> texts) {
        StringBuilder value = new StringBuilder(column.name());
        List<Object> args = new ArrayList<>();
        for (String text : texts) {
            value.insert(0, "REPLACE(").append(", ?, ?)");
            args.add(text);
            args.add(CustomerDataEraser.ERASED);
        }
        StringBuilder where = new StringBuilder();
        for (String text : texts) {
            where.append(where.isEmpty() ? "" : " OR ").append(column.name()).append(" LIKE ? ESCAPE '!'");
            args.add("%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return jdbc.update("UPDATE " + column.table() + " SET " + column.name() + " = " + value + " WHERE " + where,
                args.toArray());
    }

    private record Column(String table, String name) {
    }

    private List<Column> textColumns() {
        return jdbc.execute((ConnectionCallback<List<Column>>) connection -> {
            DatabaseMetaData metadata = connection.getMetaData();
            String quote = metadata.getIdentifierQuoteString().strip();
            List<Column> columns = new ArrayList<>();
            // H2 2 calls ordinary tables "BASE TABLE", MariaDB "TABLE".
            try (ResultSet tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (Set.of("TABLE", "BASE TABLE").contains(tables.getString("TABLE_TYPE"))
                            && !SKIPPED_TABLES.contains(table.toLowerCase(Locale.ROOT))) {
                        columns.addAll(textColumnsOf(metadata, connection.getCatalog(), connection.getSchema(), table, quote));
                    }
                }
            }
            return columns;
        });
    }

    /** Names come quoted as the database stores them: Flyway's history table is lower case on H2, the engine's upper case. */
    private static List<Column> textColumnsOf(DatabaseMetaData metadata, String catalog, String schema, String table,
                                              String quote) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet found = metadata.getColumns(catalog, schema, table, "%")) {
            while (found.next()) {
                if (TEXT_TYPES.contains(found.getInt("DATA_TYPE"))) {
                    columns.add(new Column(quote + table + quote, quote + found.getString("COLUMN_NAME") + quote));
                }
            }
        }
        return columns;
    }
}
