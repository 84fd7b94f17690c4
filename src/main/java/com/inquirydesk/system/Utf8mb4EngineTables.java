package com.inquirydesk.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda creates its MySQL/MariaDB tables as 3-byte utf8, which cannot hold emoji. The columns that
 * carry agent or customer text through the engine (form variables in runtime and history, task
 * comments, incident messages) are widened to utf8mb4 once, right after the engine built its schema.
 */
@Component
public class Utf8mb4EngineTables extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(Utf8mb4EngineTables.class);

    static final List<String[]> TEXT_COLUMNS = List.of(
            new String[] {"ACT_RU_VARIABLE", "TEXT_"}, new String[] {"ACT_RU_VARIABLE", "TEXT2_"},
            new String[] {"ACT_HI_VARINST", "TEXT_"}, new String[] {"ACT_HI_VARINST", "TEXT2_"},
            new String[] {"ACT_HI_DETAIL", "TEXT_"}, new String[] {"ACT_HI_DETAIL", "TEXT2_"},
            new String[] {"ACT_HI_COMMENT", "MESSAGE_"},
            new String[] {"ACT_RU_INCIDENT", "INCIDENT_MSG_"}, new String[] {"ACT_HI_INCIDENT", "INCIDENT_MSG_"},
            new String[] {"ACT_RU_TASK", "DESCRIPTION_"}, new String[] {"ACT_HI_TASKINST", "DESCRIPTION_"});

    private final DataSource dataSource;

    public Utf8mb4EngineTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName().toLowerCase();
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                return;
            }
            for (String[] column : TEXT_COLUMNS) {
                widen(connection, column[0], column[1]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the engine's text columns utf8mb4", e);
        }
    }

    private static void widen(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COLUMN_TYPE, IS_NULLABLE, CHARACTER_SET_NAME FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ?")) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || "utf8mb4".equalsIgnoreCase(rs.getString(3))) {
                    return;
                }
                String ddl = "ALTER TABLE %s MODIFY %s %s CHARACTER SET utf8mb4 COLLATE utf8mb4_bin %s".formatted(
                        table, column, rs.getString(1), "YES".equals(rs.getString(2)) ? "NULL" : "NOT NULL");
                try (Statement alter = connection.createStatement()) {
                    alter.execute(ddl);
                }
                log.info("Widened {}.{} to utf8mb4", table, column);
            }
        }
    }
}
