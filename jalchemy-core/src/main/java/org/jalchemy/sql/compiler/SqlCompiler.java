package org.jalchemy.sql.compiler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.CompileError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.DdlElement;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.BinaryExpression;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.BooleanClauseList;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.FunctionCall;
import org.jalchemy.sql.InExpression;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.Join;
import org.jalchemy.sql.Label;
import org.jalchemy.sql.LiteralColumn;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.SqlVisitor;
import org.jalchemy.sql.TextClause;
import org.jalchemy.sql.UnaryExpression;
import org.jalchemy.sql.Update;
import org.jalchemy.types.JdbcHandler;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * Turns an expression tree into SQL text for one dialect: the standard SQL rendering, which each dialect's
 * compiler subclass overrides only where the database differs (limit/offset, RETURNING, operators, quoting).
 * One instance compiles one statement.
 */
public class SqlCompiler implements SqlVisitor {
    /** The dialect compiled for. */
    protected final Dialect dialect;
    /** The SQL being written. */
    protected final StringBuilder sql = new StringBuilder(128);
    private final IdentityHashMap<BindParameter<?>, Integer> bindIndexes = new IdentityHashMap<>();
    private final List<BindParameter<?>> keyBinds;
    private final Map<String, Integer> expanding;
    private final List<BindSlot> slots = new ArrayList<>();
    private final List<ResultColumn> resultColumns = new ArrayList<>();
    private final List<String> generatedKeys = new ArrayList<>();
    private boolean literalBinds;
    private boolean qualifyColumns = true;
    private int selectDepth;
    private boolean returnsRows;
    private CompiledStatement.Kind kind = CompiledStatement.Kind.SELECT;

    /**
     * @param dialect the target dialect
     * @param key the statement's cache key (its bound values in tree order)
     * @param expanding execution parameters that hold collections, with their sizes
     */
    public SqlCompiler(Dialect dialect, CacheKey key, Map<String, Integer> expanding) {
        this.dialect = dialect;
        this.keyBinds = key.binds();
        for (int i = 0; i < keyBinds.size(); i++) {
            bindIndexes.putIfAbsent(keyBinds.get(i), i);
        }
        this.expanding = expanding;
    }

    /** Compiles {@code statement}. */
    public CompiledStatement compile(Executable statement) {
        statement.accept(this);
        return new CompiledStatement(sql.toString(), slots, resultColumns, kind, returnsRows, generatedKeys, keyBinds);
    }

    /** Renders values inline as SQL literals instead of {@code ?} (DDL defaults, offline migration scripts). */
    public SqlCompiler literalBinds(boolean on) {
        this.literalBinds = on;
        return this;
    }

    /** Appends raw text. */
    public SqlCompiler append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends an identifier, quoted as the dialect requires. */
    public SqlCompiler appendIdentifier(String name) {
        sql.append(dialect.quote(name));
        return this;
    }

    /** Compiles a child node into the SQL. */
    public void process(ClauseElement element) {
        element.accept(this);
    }

    /** Compiles a child expression, in parentheses when it binds more loosely than its parent operator. */
    protected void processOperand(ColumnElement<?> element, int parentPrecedence, boolean rightOfNonAssociative) {
        int p = element.precedence();
        boolean parens = p < parentPrecedence || (rightOfNonAssociative && p == parentPrecedence);
        if (parens) {
            sql.append('(');
        }
        process(element);
        if (parens) {
            sql.append(')');
        }
    }

    private void processList(List<? extends ClauseElement> items, String separator) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sql.append(separator);
            }
            process(items.get(i));
        }
    }

    private void whereClause(String keyword, List<ColumnElement<Boolean>> conditions) {
        if (!conditions.isEmpty()) {
            sql.append(keyword);
            process(conditions.size() == 1 ? conditions.get(0) : new BooleanClauseList(Operator.AND, conditions));
        }
    }

    /** Sets the kind of statement being compiled (for the outermost statement only). */
    protected void setKind(CompiledStatement.Kind k) {
        if (selectDepth == 0) {
            kind = k;
        }
    }

    // ---- schema items

    @Override public void visitColumn(Column<?> column) {
        if (qualifyColumns && column.table() != null) {
            appendIdentifier(column.table().name()).append(".");
        }
        appendIdentifier(column.name());
    }

    @Override public void visitTable(Table table) {
        appendIdentifier(table.name());
    }

    // ---- values

    @Override public void visitBindParameter(BindParameter<?> bind) {
        if (literalBinds && !bind.fromParams()) {
            sql.append(dialect.renderLiteral(bind.value(), bind.type()));
            return;
        }
        @SuppressWarnings("unchecked")
        SqlType<Object> type = (SqlType<Object>) bind.type();
        JdbcHandler<Object> handler = type instanceof org.jalchemy.types.NullType ? null : dialect.handler(type);
        if (bind.fromParams()) {
            Integer size = type.collectionValued() ? null : expanding.get(bind.key());
            if (size != null) {
                if (size == 0) {
                    throw new CompileError("Parameter '" + bind.key() + "' is an empty collection");
                }
                for (int i = 0; i < size; i++) {
                    sql.append(i == 0 ? "?" : ", ?");
                    slots.add(new BindSlot(-1, bind.key(), i, type, handler));
                }
            } else {
                sql.append('?');
                slots.add(new BindSlot(-1, bind.key(), -1, type, handler));
            }
            return;
        }
        Integer index = bindIndexes.get(bind);
        if (index == null) {
            throw new CompileError("Bound parameter " + bind + " is not registered in the statement's cache key");
        }
        sql.append('?');
        slots.add(new BindSlot(index, null, -1, type, handler));
    }

    @Override public void visitLiteralColumn(LiteralColumn<?> column) {
        sql.append(column.name());
    }

    @Override public void visitText(TextClause text) {
        setKind(CompiledStatement.Kind.TEXT);
        if (selectDepth == 0) {
            returnsRows = true;
        }
        List<String> fragments = text.fragments();
        List<String> names = text.parameterNames();
        for (int i = 0; i < names.size(); i++) {
            sql.append(fragments.get(i));
            String name = names.get(i);
            Integer size = expanding.get(name);
            if (size != null) {
                if (size == 0) {
                    throw new CompileError("Parameter '" + name + "' is an empty collection; IN () is not valid SQL");
                }
                sql.append('(');
                for (int j = 0; j < size; j++) {
                    sql.append(j == 0 ? "?" : ", ?");
                    slots.add(new BindSlot(-1, name, j, Types.NULLTYPE, null));
                }
                sql.append(')');
            } else {
                sql.append('?');
                slots.add(new BindSlot(-1, name, -1, Types.NULLTYPE, null));
            }
        }
        sql.append(fragments.get(fragments.size() - 1));
    }

    // ---- operators

    /** The spelling of {@code op}; dialects override what they spell differently. */
    protected String operatorSql(Operator op) {
        return op.sql();
    }

    @Override public void visitBinary(BinaryExpression<?> e) {
        Operator op = e.operator();
        processOperand(e.left(), op.precedence(), false);
        sql.append(' ').append(op == Operator.CUSTOM ? e.customOperator() : operatorSql(op)).append(' ');
        boolean nonAssociative = op == Operator.SUB || op == Operator.DIV || op == Operator.MOD;
        processOperand(e.right(), op.precedence(), nonAssociative || op.precedence() == Operator.EQ.precedence());
    }

    @Override public void visitUnary(UnaryExpression<?> e) {
        Operator op = e.operator();
        if (e.postfix()) {
            processOperand(e.element(), op.precedence() == 0 ? 0 : op.precedence(), false);
            sql.append(' ').append(operatorSql(op));
        } else {
            sql.append(operatorSql(op)).append(op == Operator.NEG ? "" : " ");
            processOperand(e.element(), op.precedence(), true);
        }
    }

    @Override public void visitBooleanList(BooleanClauseList list) {
        List<ColumnElement<Boolean>> clauses = list.clauses();
        if (clauses.isEmpty()) {
            sql.append(list.operator() == Operator.AND ? dialect.trueExpression() : dialect.falseExpression());
            return;
        }
        if (clauses.size() == 1) {
            process(clauses.get(0));
            return;
        }
        String sep = " " + operatorSql(list.operator()) + " ";
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0) {
                sql.append(sep);
            }
            processOperand(clauses.get(i), list.operator().precedence(), false);
        }
    }

    @Override public void visitIn(InExpression in) {
        if (in.values().isEmpty()) {
            sql.append(in.negated() ? dialect.trueExpression() : dialect.falseExpression());
            return;
        }
        processOperand(in.element(), Operator.IN.precedence(), false);
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        processList(in.values(), ", ");
        sql.append(')');
    }

    @Override public void visitLabel(Label<?> label) {
        process(label.element());
        sql.append(" AS ");
        appendIdentifier(label.name());
    }

    @Override public void visitFunction(FunctionCall<?> f) {
        if (f.arguments().isEmpty() && dialect.isNiladicFunction(f.name())) {
            sql.append(f.name());
            return;
        }
        sql.append(f.name()).append('(');
        if (f.arguments().isEmpty() && f.name().equalsIgnoreCase("count")) {
            sql.append('*');
        }
        processList(f.arguments(), ", ");
        sql.append(')');
    }

    // ---- FROM

    @Override public void visitJoin(Join join) {
        process(join.left());
        sql.append(join.full() ? " FULL OUTER JOIN " : join.outer() ? " LEFT OUTER JOIN " : " JOIN ");
        process(join.right());
        sql.append(" ON ");
        process(join.on());
    }

    // ---- statements

    @Override public void visitSelect(Select select) {
        boolean top = selectDepth == 0;
        if (top) {
            returnsRows = true;
        }
        selectDepth++;
        sql.append("SELECT ");
        if (select.isDistinct()) {
            sql.append("DISTINCT ");
        }
        List<ColumnElement<?>> cols = select.selectedColumns();
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            ColumnElement<?> c = cols.get(i);
            process(c);
            if (top) {
                resultColumns.add(resultColumn(c));
            }
        }
        List<FromClause> froms = select.effectiveFroms();
        if (!froms.isEmpty()) {
            sql.append(" FROM ");
            processList(froms, ", ");
        } else if (dialect.requiresFromClause()) {
            sql.append(" FROM DUAL");
        }
        whereClause(" WHERE ", select.whereClauses());
        if (!select.groupByClauses().isEmpty()) {
            sql.append(" GROUP BY ");
            processList(select.groupByClauses(), ", ");
        }
        whereClause(" HAVING ", select.havingClauses());
        if (!select.orderByClauses().isEmpty()) {
            sql.append(" ORDER BY ");
            processList(select.orderByClauses(), ", ");
        }
        limitOffset(select.limitClause(), select.offsetClause());
        selectDepth--;
    }

    /** A result column for a selected expression: named by its label or column name. */
    protected ResultColumn resultColumn(ColumnElement<?> c) {
        String name = c instanceof Label<?> l ? l.name() : c instanceof Column<?> col ? col.name()
                : c instanceof LiteralColumn<?> lc ? lc.name() : null;
        return new ResultColumn(name, c, handlerFor(c.type()));
    }

    private JdbcHandler<?> handlerFor(SqlType<?> type) {
        return dialect.handler(type);
    }

    /** {@code LIMIT ? OFFSET ?}; dialects override. */
    protected void limitOffset(ColumnElement<Integer> limit, ColumnElement<Integer> offset) {
        if (limit != null) {
            sql.append(" LIMIT ");
            process(limit);
        }
        if (offset != null) {
            sql.append(" OFFSET ");
            process(offset);
        }
    }

    @Override public void visitInsert(Insert insert) {
        setKind(CompiledStatement.Kind.INSERT);
        sql.append("INSERT INTO ");
        process(insert.table());
        boolean saved = qualifyColumns;
        if (insert.select() != null) {
            sql.append(" (");
            qualifyColumns = false;
            processList(insert.selectInto(), ", ");
            qualifyColumns = saved;
            sql.append(") ");
            selectDepth++;
            process(insert.select());
            selectDepth--;
        } else if (insert.rows().isEmpty() || insert.rows().get(0).isEmpty()) {
            sql.append(dialect.emptyInsertClause());
        } else {
            sql.append(" (");
            qualifyColumns = false;
            processList(new ArrayList<>(insert.rows().get(0).keySet()), ", ");
            qualifyColumns = saved;
            sql.append(") VALUES ");
            for (int r = 0; r < insert.rows().size(); r++) {
                sql.append(r == 0 ? "(" : ", (");
                processList(new ArrayList<>(insert.rows().get(r).values()), ", ");
                sql.append(')');
            }
        }
        if (!insert.returningColumns().isEmpty()) {
            returning(insert.returningColumns());
        } else if (selectDepth == 0 && insert.rows().size() <= 1) {
            for (Column<?> c : insert.table().primaryKeyColumns()) {
                if (c.isAutoincrement()) {
                    generatedKeys.add(c.name());
                }
            }
        }
    }

    /** {@code RETURNING cols}; the columns become the result columns. Dialects without it raise. */
    protected void returning(List<ColumnElement<?>> columns) {
        if (!dialect.supportsReturning()) {
            throw new CompileError("The " + dialect.name() + " dialect does not support RETURNING");
        }
        sql.append(" RETURNING ");
        boolean saved = qualifyColumns;
        qualifyColumns = false;
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            process(columns.get(i));
            resultColumns.add(resultColumn(columns.get(i)));
        }
        qualifyColumns = saved;
        returnsRows = true;
    }

    @Override public void visitUpdate(Update update) {
        setKind(CompiledStatement.Kind.UPDATE);
        if (update.values().isEmpty()) {
            throw new CompileError("UPDATE of table '" + update.table().name() + "' sets no columns");
        }
        sql.append("UPDATE ");
        process(update.table());
        sql.append(" SET ");
        boolean first = true;
        for (Map.Entry<Column<?>, ColumnElement<?>> e : update.values().entrySet()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            appendIdentifier(e.getKey().name()).append("=");
            process(e.getValue());
        }
        whereClause(" WHERE ", update.whereClauses());
        if (!update.returningColumns().isEmpty()) {
            returning(update.returningColumns());
        }
    }

    @Override public void visitDelete(Delete delete) {
        setKind(CompiledStatement.Kind.DELETE);
        sql.append("DELETE FROM ");
        process(delete.table());
        whereClause(" WHERE ", delete.whereClauses());
        if (!delete.returningColumns().isEmpty()) {
            returning(delete.returningColumns());
        }
    }

    @Override public void visitDdl(DdlElement ddl) {
        setKind(CompiledStatement.Kind.DDL);
        ddl.accept(dialect.newDdlCompiler(this));
    }

    /** Compiles an expression with its values inline, e.g. a DDL DEFAULT; leaves the main SQL untouched. */
    public String inlineSql(ColumnElement<?> expression) {
        SqlCompiler inner = dialect.newCompiler(CacheKey.of(expression), Map.of());
        inner.literalBinds(true);
        inner.qualifyColumns = false;
        inner.selectDepth = 1;
        expression.accept(inner);
        return inner.sql.toString();
    }

    /** Helper for dialect subclasses rendering collections of nodes. */
    protected void processAll(Collection<? extends ClauseElement> items, String separator) {
        processList(new ArrayList<>(items), separator);
    }
}
