package org.jalchemy.dialect.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * Maps a database type name back to a JAlchemy type for reflection: {@code character varying(50)} and
 * {@code VARCHAR(50)} → {@code string(50)}, {@code timestamp without time zone} and {@code datetime(6)} → DATETIME,
 * {@code numeric(10,2)} → {@code numeric(10, 2)}. Names it does not know map to {@link Types#NULLTYPE}.
 * Dialects subclass it for their own names (MySQL {@code tinyint(1)} → BOOLEAN).
 */
public class TypeNameParser {
    /** The shared instance for standard names. */
    public static final TypeNameParser STANDARD = new TypeNameParser();

    /** The type {@code declared} names, or NULLTYPE (never null; a null or empty name is NULLTYPE too). */
    public SqlType<?> parse(String declared) {
        if (declared == null || declared.isBlank()) {
            return Types.NULLTYPE;
        }
        String s = declared.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<Integer> args = new ArrayList<>();
        int open = s.indexOf('(');
        String base = s;
        String rest = "";
        if (open >= 0) {
            int close = s.indexOf(')', open);
            if (close < 0) {
                close = s.length();
            }
            for (String a : s.substring(open + 1, close).split(",")) {
                String digits = a.replaceAll("[^0-9]", "");
                if (!digits.isEmpty()) {
                    args.add(Integer.parseInt(digits));
                }
            }
            base = s.substring(0, open).trim();
            rest = close < s.length() ? s.substring(close + 1).trim() : "";
        }
        base = base.replace(" unsigned", "").replace(" zerofill", "").trim();
        if (!rest.isEmpty()) {
            // "time(6) with time zone", "timestamp(3) without time zone"
            base = base + " " + rest.replace("unsigned", "").replace("zerofill", "").trim();
            base = base.trim();
        }
        return map(base, args);
    }

    /** Maps a lower-case base name (no parenthesised arguments) and its numeric arguments to a type. */
    protected SqlType<?> map(String base, List<Integer> args) {
        return switch (base) {
            case "int", "integer", "int4", "mediumint", "serial", "serial4" -> Types.INTEGER;
            case "bigint", "int8", "bigserial", "serial8" -> Types.BIGINT;
            case "smallint", "int2", "tinyint", "smallserial", "serial2" -> Types.SMALLINT;
            case "varchar", "character varying", "nvarchar", "varchar2", "nvarchar2", "char", "character", "nchar",
                    "bpchar", "varying character", "native character" ->
                    args.isEmpty() ? Types.STRING : Types.string(args.get(0));
            case "text", "clob", "longtext", "mediumtext", "tinytext", "nclob", "string" -> Types.TEXT;
            case "boolean", "bool" -> Types.BOOLEAN;
            case "real", "float4" -> Types.FLOAT;
            case "float" -> args.isEmpty() || args.get(0) <= 24 ? Types.FLOAT : Types.DOUBLE;
            case "double", "double precision", "float8" -> Types.DOUBLE;
            case "numeric", "decimal", "number", "dec" ->
                    args.isEmpty() ? Types.NUMERIC : new NumericType(args.get(0), args.size() > 1 ? args.get(1) : null);
            case "date" -> Types.DATE;
            case "time", "time without time zone" -> Types.TIME;
            case "timestamp", "timestamp without time zone", "datetime" -> Types.DATETIME;
            case "timestamptz", "timestamp with time zone" -> Types.TIMESTAMPTZ;
            case "interval" -> Types.INTERVAL;
            case "blob", "bytea", "longblob", "mediumblob", "tinyblob", "varbinary", "binary", "raw" -> Types.LARGE_BINARY;
            case "json", "jsonb" -> Types.JSON;
            case "uuid" -> Types.UUID;
            default -> base.startsWith("interval") ? Types.INTERVAL : Types.NULLTYPE;
        };
    }
}
