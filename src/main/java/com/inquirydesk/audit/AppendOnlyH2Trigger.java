package com.inquirydesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.h2.api.Trigger;

/** H2's version of the MariaDB triggers in {@link AppendOnlyTables}: no UPDATE, DELETE only of rows past the legal minimum. */
public class AppendOnlyH2Trigger implements Trigger {

    private String table;
    private int occurredAtIndex = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table;
        try (PreparedStatement columns = connection.prepareStatement(
                "SELECT ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? "
                        + "AND UPPER(COLUMN_NAME) = 'OCCURRED_AT'")) {
            columns.setString(1, schema);
            columns.setString(2, table);
            try (ResultSet found = columns.executeQuery()) {
                if (found.next()) {
                    occurredAtIndex = found.getInt(1) - 1;
                }
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null) {
            throw new SQLException(table + " is append-only: rows cannot be changed", "45000");
        }
        Instant occurredAt = instant(oldRow[occurredAtIndex]);
        if (occurredAt.isAfter(Instant.now().minus(Duration.ofDays(AppendOnlyTables.LEGAL_MINIMUM_DAYS)))) {
            throw new SQLException(table + " is append-only: rows younger than the retention minimum cannot be deleted",
                    "45000");
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        // Unknown representation: refuse rather than let a row go.
        return Instant.MAX;
    }
}
