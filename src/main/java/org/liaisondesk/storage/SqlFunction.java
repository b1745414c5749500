package org.liaisondesk.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection handed out by {@link Database}. */
@FunctionalInterface
public interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
}
