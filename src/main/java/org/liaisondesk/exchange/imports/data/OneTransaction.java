package org.liaisondesk.exchange.imports.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.liaisondesk.storage.Database;

/**
 * Writes records handed over one by one (typically while a file is read again) in a single transaction: all are
 * committed, or none when anything fails or the producer throws (a cancellation).
 */
public final class OneTransaction {
    /** Stores one record through its repository (which also writes its audit row). */
    @FunctionalInterface
    public interface Insert<T> {
        void insert(Connection c, T record) throws SQLException;
    }

    /** Carries an SQLException through the producer's callbacks, which cannot throw checked exceptions. */
    private static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(cause);
        }
    }

    private OneTransaction() {
    }

    /** Runs {@code producer}, which hands every record to the sink; returns the number inserted. */
    public static <T> int insertAll(Database db, Insert<T> insert, Consumer<Consumer<T>> producer) {
        try {
            return db.inTransaction(c -> {
                int[] count = {0};
                producer.accept(record -> {
                    try {
                        insert.insert(c, record);
                        count[0]++;
                    } catch (SQLException e) {
                        throw new Failure(e);
                    }
                });
                return count[0];
            });
        } catch (Failure f) {
            throw Database.translate((SQLException) f.getCause(), db.file());
        }
    }
}
