package org.jalchemy.migrate;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.mysql.MySqlDialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;

/**
 * The ALTER TABLE forms that differ per database. Standard SQL (PostgreSQL, Oracle) is the base; MySQL/MariaDB
 * rewrite a column with {@code MODIFY COLUMN} and name the kind of constraint they drop; SQLite can only rename
 * and add/drop columns, so the rest needs {@link Operations#batchAlterTable batch mode}.
 */
class AlterDialect {
    final Dialect dialect;

    AlterDialect(Dialect dialect) {
        this.dialect = dialect;
    }

    static AlterDialect of(Dialect dialect) {
        if (dialect instanceof MySqlDialect) {
            return new MySql(dialect);
        }
        if (dialect instanceof SqliteDialect) {
            return new Sqlite(dialect);
        }
        return new AlterDialect(dialect);
    }

    String q(String name) {
        return dialect.quote(name);
    }

    String alterTable(String table) {
        return "ALTER TABLE " + q(table) + " ";
    }

    /** The statements for a type / nullability / default change (not the rename), given the column as it is now. */
    List<String> alterColumn(String table, String column, AlterColumn a, Current current) {
        List<String> out = new ArrayList<>();
        String prefix = alterTable(table) + "ALTER COLUMN " + q(column) + " ";
        if (a.type != null) {
            out.add(prefix + "TYPE " + dialect.typeName(a.type) + (a.using == null ? "" : " USING " + a.using));
        }
        if (a.nullable != null) {
            out.add(prefix + (a.nullable ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (a.changeDefault) {
            out.add(prefix + (a.serverDefault == null ? "DROP DEFAULT" : "SET DEFAULT " + a.serverDefault));
        }
        return out;
    }

    /** Whether {@link #alterColumn} needs the column's current definition. */
    boolean needsCurrentDefinition(AlterColumn a) {
        return false;
    }

    String renameColumn(String table, String column, String newName) {
        return alterTable(table) + "RENAME COLUMN " + q(column) + " TO " + q(newName);
    }

    String renameTable(String table, String newName) {
        return alterTable(table) + "RENAME TO " + q(newName);
    }

    String dropIndex(String name, String table) {
        return "DROP INDEX " + q(name);
    }

    String addConstraint(String table, String name, String body) {
        return alterTable(table) + "ADD " + (name == null ? "" : "CONSTRAINT " + q(name) + " ") + body;
    }

    String dropConstraint(String table, String name, String kind) {
        return alterTable(table) + "DROP CONSTRAINT " + q(name);
    }

    /** The column as the database has it: type SQL, nullability, default SQL (for MySQL's full rewrite). */
    record Current(String typeSql, boolean nullable, String defaultSql) {
    }

    /** MySQL/MariaDB: MODIFY COLUMN with the full definition; DROP FOREIGN KEY / INDEX / PRIMARY KEY / CONSTRAINT. */
    static final class MySql extends AlterDialect {
        MySql(Dialect d) {
            super(d);
        }

        @Override boolean needsCurrentDefinition(AlterColumn a) {
            return a.type != null || a.nullable != null;
        }

        @Override List<String> alterColumn(String table, String column, AlterColumn a, Current current) {
            List<String> out = new ArrayList<>();
            if (a.type != null || a.nullable != null) {
                String type = a.type != null ? dialect.typeName(a.type) : current.typeSql();
                boolean nullable = a.nullable != null ? a.nullable : current.nullable();
                String dflt = a.changeDefault ? a.serverDefault : current.defaultSql();
                out.add(alterTable(table) + "MODIFY COLUMN " + q(column) + " " + type
                        + (dflt == null ? "" : " DEFAULT " + dflt) + (nullable ? " NULL" : " NOT NULL"));
            } else if (a.changeDefault) {
                out.add(alterTable(table) + "ALTER COLUMN " + q(column) + " "
                        + (a.serverDefault == null ? "DROP DEFAULT" : "SET DEFAULT " + a.serverDefault));
            }
            return out;
        }

        @Override String dropIndex(String name, String table) {
            return "DROP INDEX " + q(name) + " ON " + q(table);
        }

        @Override String dropConstraint(String table, String name, String kind) {
            return alterTable(table) + "DROP " + switch (kind) {
                case "foreignkey" -> "FOREIGN KEY " + q(name);
                case "unique" -> "INDEX " + q(name);
                case "primary" -> "PRIMARY KEY";
                case "check" -> "CONSTRAINT " + q(name); // as Core: MariaDB has no DROP CHECK; MySQL has both since 8.0.19
                default -> throw new MigrationError("dropConstraint(\"" + name + "\", \"" + table + "\") on MySQL/MariaDB "
                        + "needs the kind: foreignkey, unique, primary or check (got '" + kind + "')");
            };
        }
    }

    /** SQLite: no ALTER COLUMN and no constraint changes; batch mode rebuilds the table instead. */
    static final class Sqlite extends AlterDialect {
        Sqlite(Dialect d) {
            super(d);
        }

        @Override List<String> alterColumn(String table, String column, AlterColumn a, Current current) {
            if (a.type != null || a.nullable != null || a.changeDefault) {
                throw batchOnly("change the type, nullability or default of column '" + column + "' of table '" + table + "'");
            }
            return List.of();
        }

        @Override String addConstraint(String table, String name, String body) {
            throw batchOnly("add constraint " + (name == null ? body : name) + " to table '" + table + "'");
        }

        @Override String dropConstraint(String table, String name, String kind) {
            throw batchOnly("drop constraint '" + name + "' of table '" + table + "'");
        }

        static MigrationError batchOnly(String what) {
            return new MigrationError("SQLite's ALTER TABLE cannot " + what
                    + "; do it inside op.batchAlterTable(\"table\", batch -> ...), which rebuilds the table");
        }
    }
}
