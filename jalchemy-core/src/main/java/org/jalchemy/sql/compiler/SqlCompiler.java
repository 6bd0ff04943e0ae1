package org.jalchemy.sql.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.CompileError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.DdlElement;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Between;
import org.jalchemy.sql.BinaryExpression;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.BooleanClauseList;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.Case;
import org.jalchemy.sql.Cast;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.Collate;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.CompoundSelect;
import org.jalchemy.sql.Cte;
import org.jalchemy.sql.DatePart;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.ExcludedColumn;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.Exists;
import org.jalchemy.sql.Extract;
import org.jalchemy.sql.ForUpdate;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.FromColumn;
import org.jalchemy.sql.FunctionCall;
import org.jalchemy.sql.InExpression;
import org.jalchemy.sql.InSubquery;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.Join;
import org.jalchemy.sql.Label;
import org.jalchemy.sql.LikeExpression;
import org.jalchemy.sql.LiteralColumn;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.Over;
import org.jalchemy.sql.ScalarSubquery;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.SqlVisitor;
import org.jalchemy.sql.Subquery;
import org.jalchemy.sql.TableAlias;
import org.jalchemy.sql.TextClause;
import org.jalchemy.sql.TextualSelect;
import org.jalchemy.sql.UnaryExpression;
import org.jalchemy.sql.Update;
import org.jalchemy.sql.UpsertClause;
import org.jalchemy.sql.WindowPart;
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
    /** Rows the VALUES tuple of a one-row INSERT is repeated for (insertmanyvalues pages); 1 = as written. */
    private int insertRows = 1;
    private CompiledStatement.RowSlots rowSlots;
    private boolean qualifyColumns = true;
    private int selectDepth;
    private boolean returnsRows;
    private CompiledStatement.Kind kind = CompiledStatement.Kind.SELECT;
    /** FROM items of the enclosing queries, which a nested SELECT in an expression correlates to. */
    private final Deque<Set<FromClause>> correlation = new ArrayDeque<>();
    /** CTEs met while compiling, by name; the first met wins (a recursive CTE meets older versions of itself). */
    private final Map<String, Cte> ctes = new LinkedHashMap<>();
    /** How a label renders where it is met: its name in ORDER BY, its expression elsewhere. */
    private LabelStyle labelStyle = LabelStyle.EXPRESSION;
    /** The item of a columns clause being written: if it is a label, it renders {@code expr AS name}. */
    private ColumnElement<?> columnBeingDefined;

    /** Items of the SELECT being written that its GROUP BY / ORDER BY name by position ({@link SelectListReferences}). */
    private IdentityHashMap<ClauseElement, Integer> positionRefs;
    /** Whether {@link #process} writes a referenced item as its position (in ORDER BY). */
    private boolean referencing;
    /** Whether bound values were written into the SQL, so the compiled form holds values and is not cached. */
    private boolean valuesInline;

    private enum LabelStyle { NAME, EXPRESSION }

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
        if (!ctes.isEmpty()) {
            withClause();
        }
        return new CompiledStatement(sql.toString(), slots, resultColumns, kind, returnsRows, generatedKeys, keyBinds,
                !valuesInline, rowSlots);
    }

    /**
     * Compiles a one-row {@code INSERT ... VALUES (...)} as a page of {@code rows} rows: the VALUES tuple is
     * written {@code rows} times, each row's markers taking their values from that row's parameter map
     * ({@link CompiledStatement#pageValues}). Used by the engine's insertmanyvalues, once per page shape.
     */
    public SqlCompiler insertManyValues(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1: " + rows);
        }
        this.insertRows = rows;
        return this;
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
        if (referencing) {
            Integer position = positionRefs.get(element);
            if (position != null) {
                sql.append(position);
                return;
            }
        }
        element.accept(this);
    }

    /**
     * Whether GROUP BY may name an item of the columns clause by its position ({@code GROUP BY 1}); where it may not
     * (Oracle), an item holding bound values is written with its values inline, in both places, and the statement
     * is compiled afresh for every execution.
     */
    protected boolean groupByPosition() {
        return true;
    }

    /** Compiles {@code element} with its own bound values written as literals (see {@link #groupByPosition}). */
    private void processInline(ClauseElement element) {
        boolean saved = literalBinds;
        literalBinds = true;
        valuesInline = true;
        process(element);
        literalBinds = saved;
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

    /** Whether values are being written inline as literals ({@link #literalBinds(boolean)}). */
    protected boolean rendersLiteralBinds() {
        return literalBinds;
    }

    /**
     * How many values the list {@code values} of an IN will bind: its length, or for one expanding execution
     * parameter the size of the collection given for it (null when it is given a single value).
     */
    protected Integer inListSize(List<ColumnElement<?>> values) {
        if (values.size() == 1 && values.get(0) instanceof BindParameter<?> b && b.fromParams()) {
            return b.type().collectionValued() ? null : expanding.get(b.key());
        }
        return values.size();
    }

    /**
     * The one type of the bound values of an IN list (an expanding parameter's, or every element's), or null when
     * they are not all bound values of one type.
     */
    protected static SqlType<?> inListType(List<ColumnElement<?>> values) {
        SqlType<?> type = null;
        for (ColumnElement<?> v : values) {
            if (!(v instanceof BindParameter<?> b) || type != null && !type.equals(b.type())) {
                return null;
            }
            type = b.type();
        }
        return type;
    }

    /**
     * Writes one {@code ?} binding every value of an IN list (all bound values, see {@link #inListType}) as one
     * array, through {@code handler}: PostgreSQL's {@code x = ANY(?)}.
     */
    @SuppressWarnings("unchecked")
    protected void arrayParameter(List<ColumnElement<?>> values, JdbcHandler<Object> handler) {
        BindParameter<?> first = (BindParameter<?>) values.get(0);
        SqlType<Object> type = (SqlType<Object>) first.type();
        sql.append('?');
        if (first.fromParams()) {
            slots.add(BindSlot.arrayOf(first.key(), type, handler));
            return;
        }
        int[] indexes = new int[values.size()];
        for (int i = 0; i < indexes.length; i++) {
            Integer index = bindIndexes.get(values.get(i));
            if (index == null) {
                throw new CompileError("Bound parameter " + values.get(i) + " is not registered in the statement's cache key");
            }
            indexes[i] = index;
        }
        slots.add(BindSlot.arrayOf(indexes, type, handler));
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

    @Override public void visitTextualSelect(TextualSelect select) {
        visitText(select.text());
        if (selectDepth == 0) {
            for (ColumnElement<?> c : select.columns()) {
                resultColumns.add(resultColumn(c));
            }
        }
    }

    @Override public void visitExtract(Extract extract) {
        extract(extract.field(), extract.element());
    }

    /**
     * {@code extract(field, expr)} as a whole number: standard SQL's {@code EXTRACT(field FROM expr)}, fractions of
     * a second dropped. Standard SQL has no day of week, day of year or epoch: dialects render those.
     */
    protected void extract(DatePart field, ColumnElement<?> element) {
        switch (field) {
            case YEAR, MONTH, DAY, HOUR, MINUTE -> standardExtract(field.name(), element);
            case SECOND -> {
                sql.append("FLOOR(");
                standardExtract("SECOND", element);
                sql.append(')');
            }
            default -> throw new CompileError("The " + dialect.name() + " dialect cannot compile extract("
                    + field.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    /** {@code EXTRACT(field FROM expr)}. */
    protected void standardExtract(String field, ColumnElement<?> element) {
        sql.append("EXTRACT(").append(field).append(" FROM ");
        process(element);
        sql.append(')');
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
        if (label == columnBeingDefined) {
            columnBeingDefined = null;
            process(label.element());
            sql.append(" AS ");
            appendIdentifier(label.name());
        } else if (labelStyle == LabelStyle.NAME) {
            appendIdentifier(label.name());
        } else {
            process(label.element());
        }
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
        List<FromClause> froms = correlate(select.effectiveFroms(), select.correlateExceptions());
        Set<FromClause> visible = new HashSet<>(correlation.isEmpty() ? Set.of() : correlation.peek());
        for (FromClause f : froms) {
            visible.addAll(f.coveredFroms());
        }
        correlation.push(visible);
        LabelStyle savedStyle = labelStyle;
        ColumnElement<?> savedDefined = columnBeingDefined;
        IdentityHashMap<ClauseElement, Integer> savedRefs = positionRefs;
        boolean savedReferencing = referencing;
        IdentityHashMap<ClauseElement, Integer> refs = SelectListReferences.of(select);
        positionRefs = refs;
        referencing = false;
        labelStyle = LabelStyle.EXPRESSION;
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
            columnBeingDefined = c;
            if (refs != null && !groupByPosition() && groupedAt(select.groupByClauses(), refs, i + 1)) {
                processInline(c);
            } else {
                process(c);
            }
            if (top) {
                resultColumns.add(resultColumn(c));
            }
        }
        columnBeingDefined = null;
        if (!froms.isEmpty()) {
            sql.append(" FROM ");
            processList(froms, ", ");
        } else if (dialect.requiresFromClause()) {
            sql.append(" FROM DUAL");
        }
        whereClause(" WHERE ", select.whereClauses());
        if (!select.groupByClauses().isEmpty()) {
            sql.append(" GROUP BY ");
            groupByList(select.groupByClauses(), refs);
        }
        whereClause(" HAVING ", select.havingClauses());
        if (!select.orderByClauses().isEmpty()) {
            // ORDER BY may name a label of the columns clause (every database allows that there)
            labelStyle = LabelStyle.NAME;
            sql.append(" ORDER BY ");
            referencing = refs != null;
            processList(select.orderByClauses(), ", ");
            referencing = false;
            labelStyle = LabelStyle.EXPRESSION;
        }
        limitOffset(select.limitClause(), select.offsetClause());
        if (select.forUpdateMode() != null) {
            forUpdate(select.forUpdateMode());
        }
        labelStyle = savedStyle;
        columnBeingDefined = savedDefined;
        positionRefs = savedRefs;
        referencing = savedReferencing;
        correlation.pop();
        selectDepth--;
    }

    /** Whether a GROUP BY item refers to the columns-clause item at {@code position}. */
    private static boolean groupedAt(List<ColumnElement<?>> groupBy, IdentityHashMap<ClauseElement, Integer> refs, int position) {
        for (ColumnElement<?> g : groupBy) {
            Integer p = refs.get(g);
            if (p != null && p == position) {
                return true;
            }
        }
        return false;
    }

    /** GROUP BY items; one that is a selected item holding bound values is written by position (or inline). */
    private void groupByList(List<ColumnElement<?>> items, IdentityHashMap<ClauseElement, Integer> refs) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            ColumnElement<?> g = items.get(i);
            Integer position = refs == null ? null : refs.get(g);
            if (position == null) {
                process(g);
            } else if (groupByPosition()) {
                sql.append(position);
            } else {
                processInline(g);
            }
        }
    }

    /**
     * Auto-correlation: a SELECT nested in an expression of another statement leaves out of its FROM the items
     * the enclosing statements already have, unless that would leave it with none.
     */
    private List<FromClause> correlate(List<FromClause> froms, List<FromClause> never) {
        if (correlation.isEmpty() || correlation.peek().isEmpty()) {
            return froms;
        }
        Set<FromClause> outer = correlation.peek();
        List<FromClause> kept = new ArrayList<>();
        for (FromClause f : froms) {
            if (!outer.contains(f) || never.contains(f)) {
                kept.add(f);
            }
        }
        return kept.isEmpty() ? froms : kept;
    }

    /** Compiles a SELECT that stands in FROM (or a CTE body): it does not correlate, unless LATERAL. */
    private void processUncorrelated(ClauseElement select, boolean lateral) {
        if (!lateral) {
            correlation.push(Set.of());
        }
        selectDepth++;
        process(select);
        selectDepth--;
        if (!lateral) {
            correlation.pop();
        }
    }

    /** {@code FOR UPDATE [NOWAIT | SKIP LOCKED]}; SQLite overrides to render nothing. */
    protected void forUpdate(ForUpdate mode) {
        sql.append(switch (mode) {
            case WAIT -> " FOR UPDATE";
            case NOWAIT -> " FOR UPDATE NOWAIT";
            case SKIP_LOCKED -> " FOR UPDATE SKIP LOCKED";
        });
    }

    /** A result column for a selected expression: named by its label or column name. */
    protected ResultColumn resultColumn(ColumnElement<?> c) {
        return new ResultColumn(c.columnName(), c, handlerFor(c.type()));
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
            processUncorrelated(insert.select(), false);
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
            if (insertRows > 1 && selectDepth == 0 && insert.rows().size() == 1) {
                repeatValuesTuple(insert.rows().get(0));
            }
        }
        if (insert.upsert() != null) {
            process(insert.upsert());
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

    /**
     * Writes the VALUES tuple just compiled {@code insertRows - 1} more times and records where its markers are.
     * The tuple is visited once more to learn its text and markers; the further rows copy both (a tuple renders
     * the same every time), so a page of 1,000 rows costs two visits of one row.
     */
    private void repeatValuesTuple(Map<Column<?>, ColumnElement<?>> row) {
        int before = slots.size();
        int textStart = sql.length() + 2;
        sql.append(", (");
        processList(new ArrayList<>(row.values()), ", ");
        sql.append(')');
        String tuple = sql.substring(textStart);
        List<BindSlot> tupleSlots = List.copyOf(slots.subList(before, slots.size()));
        for (int r = 2; r < insertRows; r++) {
            sql.append(", ").append(tuple);
            slots.addAll(tupleSlots);
        }
        rowSlots = new CompiledStatement.RowSlots(before - tupleSlots.size(), tupleSlots.size(), insertRows);
    }

    /** {@code RETURNING cols}; the columns become the result columns. Dialects without it raise. */
    protected void returning(List<ColumnElement<?>> columns) {
        boolean supported = switch (kind) {
            case INSERT -> dialect.supportsInsertReturning();
            case UPDATE -> dialect.supportsUpdateReturning();
            case DELETE -> dialect.supportsDeleteReturning();
            default -> dialect.supportsReturning();
        };
        if (!supported) {
            throw new CompileError("The " + dialect.name() + " dialect does not support " + kind + " ... RETURNING");
        }
        sql.append(" RETURNING ");
        boolean saved = qualifyColumns;
        qualifyColumns = false;
        labelStyle = LabelStyle.EXPRESSION;
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            columnBeingDefined = columns.get(i);
            process(columns.get(i));
            columnBeingDefined = null;
            resultColumns.add(resultColumn(columns.get(i)));
        }
        labelStyle = LabelStyle.EXPRESSION;
        qualifyColumns = saved;
        returnsRows = true;
    }

    @Override public void visitUpdate(Update update) {
        setKind(CompiledStatement.Kind.UPDATE);
        if (update.values().isEmpty()) {
            throw new CompileError("UPDATE of table '" + update.table().name() + "' sets no columns");
        }
        correlation.push(Set.of(update.table()));
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
        correlation.pop();
        if (!update.returningColumns().isEmpty()) {
            returning(update.returningColumns());
        }
    }

    @Override public void visitDelete(Delete delete) {
        setKind(CompiledStatement.Kind.DELETE);
        sql.append("DELETE FROM ");
        process(delete.table());
        correlation.push(Set.of(delete.table()));
        whereClause(" WHERE ", delete.whereClauses());
        correlation.pop();
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

    // ---- named FROM clauses, subqueries, CTEs

    /** The keyword between a FROM item and its alias: {@code " AS "}; Oracle overrides with a space. */
    protected String aliasKeyword() {
        return " AS ";
    }

    @Override public void visitFromColumn(FromColumn<?> column) {
        if (qualifyColumns) {
            appendIdentifier(column.parent().name()).append(".");
        }
        appendIdentifier(column.name());
    }

    @Override public void visitTableAlias(TableAlias alias) {
        process(alias.table());
        sql.append(aliasKeyword());
        appendIdentifier(alias.name());
    }

    /** Whether {@code LATERAL} subqueries are supported; dialects without them override. */
    protected boolean supportsLateral() {
        return true;
    }

    @Override public void visitSubquery(Subquery subquery) {
        if (subquery.lateral()) {
            if (!supportsLateral()) {
                throw new CompileError("The " + dialect.name() + " dialect does not support LATERAL subqueries (subquery '"
                        + subquery.name() + "')");
            }
            sql.append("LATERAL ");
        }
        sql.append('(');
        processUncorrelated(subquery.select(), subquery.lateral());
        sql.append(')').append(aliasKeyword());
        appendIdentifier(subquery.name());
    }

    @Override public void visitCte(Cte cte) {
        Cte known = ctes.putIfAbsent(cte.name(), cte);
        if (known != null && known != cte && !extendsCte(known.body(), cte.body())) {
            throw new CompileError("Two different CTEs are named '" + cte.name() + "' in one statement");
        }
        appendIdentifier(cte.name());
    }

    /** Whether {@code body} is {@code earlier}, or was built from it by {@code unionAll}/{@code union}. */
    private static boolean extendsCte(ClauseElement body, ClauseElement earlier) {
        if (body == earlier) {
            return true;
        }
        return body instanceof CompoundSelect c && extendsCte(c.selects().get(0), earlier)
                || earlier instanceof CompoundSelect e && extendsCte(e.selects().get(0), body);
    }

    /** The keyword after WITH for recursive CTEs; Oracle has none. */
    protected String recursiveKeyword() {
        return "RECURSIVE ";
    }

    /**
     * Puts {@code WITH name AS (...), ...} in front of the statement: every CTE met while compiling it, those a
     * CTE body refers to before that CTE. Their bind markers come first, so their slots move to the front.
     */
    private void withClause() {
        List<String> texts = new ArrayList<>();
        List<BindSlot> withSlots = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String name : new ArrayList<>(ctes.keySet())) {
            renderCte(name, done, texts, withSlots);
        }
        boolean recursive = false;
        for (Cte c : ctes.values()) {
            recursive |= c.recursive();
        }
        sql.insert(0, "WITH " + (recursive ? recursiveKeyword() : "") + String.join(", ", texts) + " ");
        slots.addAll(0, withSlots);
    }

    private void renderCte(String name, Set<String> done, List<String> texts, List<BindSlot> withSlots) {
        if (!done.add(name)) {
            return;
        }
        Cte cte = ctes.get(name);
        Set<String> before = new HashSet<>(ctes.keySet());
        int mark = sql.length();
        int slotMark = slots.size();
        appendIdentifier(cte.name());
        if (cte.recursive()) {
            sql.append('(');
            List<String> names = new ArrayList<>();
            for (ColumnElement<?> c : cte.columns()) {
                names.add(dialect.quote(c.columnName()));
            }
            sql.append(String.join(", ", names)).append(')');
        }
        sql.append(" AS (");
        processUncorrelated(cte.body(), false);
        sql.append(')');
        String text = sql.substring(mark);
        sql.setLength(mark);
        List<BindSlot> mine = new ArrayList<>(slots.subList(slotMark, slots.size()));
        slots.subList(slotMark, slots.size()).clear();
        for (String n : new ArrayList<>(ctes.keySet())) {
            if (!before.contains(n)) {
                renderCte(n, done, texts, withSlots);
            }
        }
        texts.add(text);
        withSlots.addAll(mine);
    }

    /** The keyword of a set operation; Oracle spells EXCEPT as MINUS. */
    protected String compoundKeyword(CompoundSelect.Kind kind) {
        return kind.sql();
    }

    @Override public void visitCompoundSelect(CompoundSelect compound) {
        boolean top = selectDepth == 0;
        if (top) {
            returnsRows = true;
            for (ColumnElement<?> c : compound.selectedColumns()) {
                resultColumns.add(resultColumn(c));
            }
        }
        selectDepth++;
        List<? extends ClauseElement> selects = compound.selects();
        for (int i = 0; i < selects.size(); i++) {
            if (i > 0) {
                sql.append(' ').append(compoundKeyword(compound.kind())).append(' ');
            }
            process(selects.get(i));
        }
        if (!compound.orderByClauses().isEmpty()) {
            // the ORDER BY of a compound names result columns, never a table's column
            boolean saved = qualifyColumns;
            LabelStyle savedStyle = labelStyle;
            qualifyColumns = false;
            labelStyle = LabelStyle.NAME;
            sql.append(" ORDER BY ");
            processList(compound.orderByClauses(), ", ");
            qualifyColumns = saved;
            labelStyle = savedStyle;
        }
        limitOffset(compound.limitClause(), compound.offsetClause());
        selectDepth--;
    }

    @Override public void visitScalarSubquery(ScalarSubquery<?> subquery) {
        sql.append('(');
        process(subquery.select());
        sql.append(')');
    }

    @Override public void visitExists(Exists exists) {
        sql.append("EXISTS (");
        process(exists.select());
        sql.append(')');
    }

    @Override public void visitInSubquery(InSubquery in) {
        processOperand(in.element(), Operator.IN.precedence(), false);
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        process(in.select());
        sql.append(')');
    }

    // ---- more operators

    @Override public void visitBetween(Between between) {
        int p = Operator.BETWEEN.precedence();
        processOperand(between.element(), p, false);
        sql.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ");
        processOperand(between.low(), p + 1, false);
        sql.append(" AND ");
        processOperand(between.high(), p + 1, false);
    }

    /** Whether ILIKE is native; elsewhere it is {@code lower(x) LIKE lower(pattern)}. */
    protected boolean nativeIlike() {
        return false;
    }

    @Override public void visitLike(LikeExpression like) {
        int p = Operator.LIKE.precedence();
        boolean lower = like.caseInsensitive() && !nativeIlike();
        if (lower) {
            sql.append("lower(");
            process(like.element());
            sql.append(')');
            sql.append(like.negated() ? " NOT LIKE " : " LIKE ");
            sql.append("lower(");
            process(like.pattern());
            sql.append(')');
        } else {
            processOperand(like.element(), p, false);
            sql.append(' ').append(operatorSql(like.operator())).append(' ');
            processOperand(like.pattern(), p, true);
        }
        if (like.escape() != null) {
            sql.append(" ESCAPE ").append(dialect.quoteString(String.valueOf(like.escape())));
        }
    }

    @Override public void visitCase(Case<?> expression) {
        sql.append("CASE");
        for (int i = 0; i < expression.conditions().size(); i++) {
            sql.append(" WHEN ");
            process(expression.conditions().get(i));
            sql.append(" THEN ");
            process(expression.results().get(i));
        }
        if (expression.elseResult() != null) {
            sql.append(" ELSE ");
            process(expression.elseResult());
        }
        sql.append(" END");
    }

    /** The type name in {@code CAST(x AS name)}; MySQL overrides (CHAR, SIGNED, ...). */
    protected String castTypeName(SqlType<?> type) {
        return dialect.typeName(type);
    }

    @Override public void visitNextValue(org.jalchemy.sql.NextValue next) {
        sql.append(dialect.nextValueSql(next.sequence()));
    }

    @Override public void visitCast(Cast<?> cast) {
        sql.append("CAST(");
        process(cast.element());
        sql.append(" AS ").append(castTypeName(cast.type())).append(')');
    }

    @Override public void visitCollate(Collate<?> collate) {
        processOperand(collate.element(), collate.precedence(), false);
        sql.append(" COLLATE ").append(collate.collation());
    }

    @Override public void visitOver(Over<?> over) {
        process(over.function());
        LabelStyle savedStyle = labelStyle;
        labelStyle = LabelStyle.EXPRESSION;
        sql.append(" OVER (");
        String sep = "";
        if (!over.partitionBy().isEmpty()) {
            sql.append("PARTITION BY ");
            processList(over.partitionBy(), ", ");
            sep = " ";
        }
        if (!over.orderBy().isEmpty()) {
            sql.append(sep).append("ORDER BY ");
            processList(over.orderBy(), ", ");
            sep = " ";
        }
        WindowPart.Frame f = over.frame();
        if (f != null) {
            sql.append(sep).append(f.range() ? "RANGE" : "ROWS").append(" BETWEEN ")
                    .append(frameBound(f.start(), "PRECEDING")).append(" AND ").append(frameBound(f.end(), "FOLLOWING"));
        }
        sql.append(')');
        labelStyle = savedStyle;
    }

    private static String frameBound(Integer n, String unbounded) {
        if (n == null) {
            return "UNBOUNDED " + unbounded;
        }
        if (n == 0) {
            return "CURRENT ROW";
        }
        return n < 0 ? -n + " PRECEDING" : n + " FOLLOWING";
    }

    // ---- upserts

    @Override public void visitExcluded(ExcludedColumn<?> column) {
        sql.append("excluded.");
        appendIdentifier(column.column().name());
    }

    /** ON CONFLICT is rendered by the dialects that have it (PostgreSQL, SQLite) through {@link #onConflict}. */
    @Override public void visitOnConflict(UpsertClause.OnConflict clause) {
        throw new CompileError("The " + dialect.name() + " dialect does not support INSERT ... ON CONFLICT"
                + (dialect.name().startsWith("m") ? "; use MySql.insert(table).onDuplicateKeyUpdate(...)" : ""));
    }

    /** {@code ON CONFLICT [(targets)] DO NOTHING | DO UPDATE SET ...}. */
    protected void onConflict(UpsertClause.OnConflict clause) {
        sql.append(" ON CONFLICT");
        if (!clause.targets().isEmpty()) {
            sql.append(" (");
            for (int i = 0; i < clause.targets().size(); i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                appendIdentifier(clause.targets().get(i).name());
            }
            sql.append(')');
        }
        if (clause.set().isEmpty()) {
            sql.append(" DO NOTHING");
        } else {
            sql.append(" DO UPDATE SET ");
            setList(clause.set());
        }
    }

    /** {@code col = expr, ...} of an upsert. */
    protected void setList(Map<Column<?>, ColumnElement<?>> set) {
        boolean first = true;
        for (Map.Entry<Column<?>, ColumnElement<?>> e : set.entrySet()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            appendIdentifier(e.getKey().name()).append(" = ");
            process(e.getValue());
        }
    }

    /** ON DUPLICATE KEY UPDATE is MySQL/MariaDB's; the others raise. */
    @Override public void visitOnDuplicateKey(UpsertClause.OnDuplicateKey clause) {
        throw new CompileError("The " + dialect.name() + " dialect does not support INSERT ... ON DUPLICATE KEY UPDATE"
                + (dialect.name().equals("postgresql") ? "; use Postgres.insert(table).onConflictDoUpdate(...)"
                : dialect.name().equals("sqlite") ? "; use Sqlite.insert(table).onConflictDoUpdate(...)" : ""));
    }

    /** {@code true}/{@code false}, or {@code 1}/{@code 0} without a boolean type; Oracle overrides. */
    @Override public void visitBooleanLiteral(org.jalchemy.sql.BooleanLiteral literal) {
        if (dialect.supportsNativeBoolean()) {
            sql.append(literal.value() ? "true" : "false");
        } else {
            sql.append(literal.value() ? '1' : '0');
        }
    }

    /** {@code (a, b, ...)}. */
    @Override public void visitTuple(org.jalchemy.sql.Tuple tuple) {
        sql.append('(');
        processList(tuple.elements(), ", ");
        sql.append(')');
    }
}
