package org.liaisondesk.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection that returns nothing. */
@FunctionalInterface
public interface SqlConsumer {
    void accept(Connection connection) throws SQLException;
}
