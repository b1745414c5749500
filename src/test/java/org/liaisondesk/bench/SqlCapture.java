package org.liaisondesk.bench;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import org.liaisondesk.storage.Database;

/**
 * Records the SQL a service runs, with its parameters written in as literals, so that the {@code sqlite3} tool
 * can run exactly the same statements. The app's Database offers no hook for this, so the capture swaps its idle
 * read connections for recording proxies for the length of one call (single-threaded: the call borrows the
 * proxy). Reads only: writes go through the writer connection and are not captured.
 */
public final class SqlCapture {
    private SqlCapture() {
    }

    /** The statements {@code operation} ran on a read connection, in order, ready for the sqlite3 shell. */
    public static List<String> statementsOf(Database db, Sampler.Operation operation) throws Exception {
        BlockingQueue<Connection> idle = idleReaders(db);
        db.read(c -> null);
        List<Connection> originals = new ArrayList<>();
        idle.drainTo(originals);
        List<String> statements = new ArrayList<>();
        for (Connection original : originals) {
            idle.offer(recording(original, statements));
        }
        try {
            operation.run();
        } finally {
            idle.clear();
            originals.forEach(idle::offer);
        }
        return statements;
    }

    @SuppressWarnings("unchecked")
    private static BlockingQueue<Connection> idleReaders(Database db) throws ReflectiveOperationException {
        Field field = Database.class.getDeclaredField("idleReaders");
        field.setAccessible(true);
        return (BlockingQueue<Connection>) field.get(db);
    }

    private static Connection recording(Connection target, List<String> log) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
                return prepared(ps, (String) args[0], log);
            }
            if (method.getName().equals("createStatement") && result instanceof Statement st) {
                return plain(st, log);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static PreparedStatement prepared(PreparedStatement target, String sql, List<String> log) {
        TreeMap<Integer, Object> parameters = new TreeMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if ((name.equals("executeQuery") || name.equals("execute") || name.equals("executeUpdate"))
                    && (args == null || args.length == 0)) {
                log.add(inline(sql, parameters));
            }
            return invoke(target, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Statement plain(Statement target, List<String> log) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args.length >= 1
                    && args[0] instanceof String sql) {
                log.add(sql);
            }
            return invoke(target, method, args);
        };
        return (Statement) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
                new Class<?>[] {Statement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The statement with each {@code ?} replaced by its value as an SQL literal (strings quoted, '' doubled). */
    static String inline(String sql, java.util.Map<Integer, Object> parameters) {
        StringBuilder out = new StringBuilder();
        int index = 0;
        boolean inString = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                inString = !inString;
            }
            if (ch == '?' && !inString) {
                out.append(literal(parameters.get(++index)));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof Boolean b ? (b ? "1" : "0") : value.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
