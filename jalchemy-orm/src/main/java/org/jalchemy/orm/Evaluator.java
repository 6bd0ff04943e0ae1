package org.jalchemy.orm;

import java.math.BigDecimal;
import java.util.Objects;
import org.jalchemy.orm.internal.ColumnProperty;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.DdlElement;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Between;
import org.jalchemy.sql.BinaryExpression;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.BooleanClauseList;
import org.jalchemy.sql.BooleanLiteral;
import org.jalchemy.sql.Case;
import org.jalchemy.sql.Cast;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.Collate;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.CompoundSelect;
import org.jalchemy.sql.Cte;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.ExcludedColumn;
import org.jalchemy.sql.Exists;
import org.jalchemy.sql.FromColumn;
import org.jalchemy.sql.FunctionCall;
import org.jalchemy.sql.InExpression;
import org.jalchemy.sql.InSubquery;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.Join;
import org.jalchemy.sql.Label;
import org.jalchemy.sql.LikeExpression;
import org.jalchemy.sql.LiteralColumn;
import org.jalchemy.sql.Over;
import org.jalchemy.sql.ScalarSubquery;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.SqlVisitor;
import org.jalchemy.sql.Subquery;
import org.jalchemy.sql.TableAlias;
import org.jalchemy.sql.TextClause;
import org.jalchemy.sql.Tuple;
import org.jalchemy.sql.Update;
import org.jalchemy.sql.UpsertClause;

/**
 * Evaluates a WHERE clause or SET expression in Java against one object's fields, for
 * {@link SynchronizeSession#EVALUATE}: columns of the object's table, literal values, comparisons, AND / OR / NOT,
 * IS NULL, IN, BETWEEN and arithmetic, with SQL's three-valued logic (null is "unknown"). Anything else (LIKE,
 * functions, subqueries, other tables) raises {@link Unevaluatable}.
 */
final class Evaluator implements SqlVisitor {
    /** The expression cannot be evaluated in Java. */
    static final class Unevaluatable extends RuntimeException {
        Unevaluatable(String message) {
            super(message, null, false, false);
        }
    }

    private final Mapper mapper;
    private final Object obj;
    private Object value;

    private Evaluator(Mapper mapper, Object obj) {
        this.mapper = mapper;
        this.obj = obj;
    }

    /** The value of {@code e} for {@code obj}. */
    static Object evaluate(ColumnElement<?> e, Mapper mapper, Object obj) {
        return new Evaluator(mapper, obj).eval(e);
    }

    /** Whether every condition is true for {@code obj} (false when one is false or unknown). */
    static boolean matches(Iterable<ColumnElement<Boolean>> conditions, Mapper mapper, Object obj) {
        for (ColumnElement<Boolean> c : conditions) {
            if (!Boolean.TRUE.equals(evaluate(c, mapper, obj))) {
                return false;
            }
        }
        return true;
    }

    private Object eval(ClauseElement e) {
        e.accept(this);
        return value;
    }

    private static Unevaluatable cannot(Object what) {
        return new Unevaluatable("cannot evaluate " + what + " in Java");
    }

    @Override public void visitColumn(Column<?> column) {
        ColumnProperty p = mapper.propertyOf(column);
        if (p == null) {
            throw cannot("column " + column + " (not a column of " + mapper.table().name() + ")");
        }
        value = p.get(obj);
    }

    @Override public void visitBindParameter(BindParameter<?> bind) {
        if (bind.fromParams()) {
            throw cannot("the named parameter :" + bind.key());
        }
        value = bind.value();
    }

    @Override public void visitBinary(BinaryExpression<?> e) {
        Object l = eval(e.left());
        Object r = eval(e.right());
        value = switch (e.operator()) {
            case IS -> Boolean.valueOf(l == null || r == null ? l == r : same(l, r));
            case IS_NOT -> Boolean.valueOf(l == null || r == null ? l != r : !same(l, r));
            case EQ -> l == null || r == null ? null : Boolean.valueOf(same(l, r));
            case NE -> l == null || r == null ? null : Boolean.valueOf(!same(l, r));
            case LT -> l == null || r == null ? null : Boolean.valueOf(compare(l, r) < 0);
            case LE -> l == null || r == null ? null : Boolean.valueOf(compare(l, r) <= 0);
            case GT -> l == null || r == null ? null : Boolean.valueOf(compare(l, r) > 0);
            case GE -> l == null || r == null ? null : Boolean.valueOf(compare(l, r) >= 0);
            case AND -> and(l, r);
            case OR -> or(l, r);
            case ADD, SUB, MUL -> l == null || r == null ? null : arithmetic(e, l, r);
            case CONCAT -> l == null || r == null ? null : String.valueOf(l) + r;
            default -> throw cannot("operator " + e.operator());
        };
    }

    private static boolean same(Object l, Object r) {
        if (l instanceof Number a && r instanceof Number b) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        return Objects.equals(l, r);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object l, Object r) {
        if (l instanceof Number a && r instanceof Number b) {
            return decimal(a).compareTo(decimal(b));
        }
        if (l instanceof Comparable c && l.getClass() == r.getClass()) {
            return c.compareTo(r);
        }
        throw cannot("a comparison of " + l.getClass().getSimpleName() + " with " + r.getClass().getSimpleName());
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }

    private static Object arithmetic(BinaryExpression<?> e, Object l, Object r) {
        if (!(l instanceof Number a) || !(r instanceof Number b)) {
            throw cannot("arithmetic on " + l.getClass().getSimpleName());
        }
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        BigDecimal result = switch (e.operator()) {
            case ADD -> x.add(y);
            case SUB -> x.subtract(y);
            default -> x.multiply(y);
        };
        // the caller converts the result to the column's Java type
        return result;
    }

    private static Boolean and(Object l, Object r) {
        if (Boolean.FALSE.equals(l) || Boolean.FALSE.equals(r)) {
            return false;
        }
        return l == null || r == null ? null : Boolean.TRUE;
    }

    private static Boolean or(Object l, Object r) {
        if (Boolean.TRUE.equals(l) || Boolean.TRUE.equals(r)) {
            return true;
        }
        return l == null || r == null ? null : Boolean.FALSE;
    }

    @Override public void visitUnary(org.jalchemy.sql.UnaryExpression<?> e) {
        Object v = eval(e.element());
        value = switch (e.operator()) {
            case IS_NULL -> Boolean.valueOf(v == null);
            case IS_NOT_NULL -> Boolean.valueOf(v != null);
            case NOT -> v == null ? null : Boolean.valueOf(!((Boolean) v));
            case NEG -> v == null ? null : decimal((Number) v).negate();
            default -> throw cannot("operator " + e.operator());
        };
    }

    @Override public void visitBooleanList(BooleanClauseList list) {
        boolean isAnd = list.operator() == org.jalchemy.sql.Operator.AND;
        Object acc = isAnd;
        for (ColumnElement<Boolean> c : list.clauses()) {
            Object v = eval(c);
            acc = isAnd ? and(acc, v) : or(acc, v);
        }
        value = acc;
    }

    @Override public void visitIn(InExpression in) {
        Object v = eval(in.element());
        if (v == null) {
            value = null;
            return;
        }
        boolean found = false;
        for (ColumnElement<?> c : in.values()) {
            Object x = eval(c);
            if (x instanceof java.util.Collection<?>) {
                throw cannot("an expanding IN parameter");
            }
            if (x != null && same(v, x)) {
                found = true;
            }
        }
        value = in.negated() != found;
    }

    @Override public void visitBetween(Between between) {
        Object v = eval(between.element());
        Object lo = eval(between.low());
        Object hi = eval(between.high());
        if (v == null || lo == null || hi == null) {
            value = null;
            return;
        }
        boolean in = compare(v, lo) >= 0 && compare(v, hi) <= 0;
        value = between.negated() != in;
    }

    @Override public void visitLabel(Label<?> label) { value = eval(label.element()); }

    @Override public void visitBooleanLiteral(BooleanLiteral literal) { value = literal.value(); }

    @Override public void visitLike(LikeExpression like) { throw cannot("LIKE (its result depends on the database's collation)"); }

    @Override public void visitTable(Table table) { throw cannot(table); }

    @Override public void visitFunction(FunctionCall<?> function) { throw cannot("SQL function " + function); }

    @Override public void visitLiteralColumn(LiteralColumn<?> column) { throw cannot(column); }

    @Override public void visitText(TextClause text) { throw cannot("SQL text"); }

    @Override public void visitTextualSelect(org.jalchemy.sql.TextualSelect select) { throw cannot("SQL text"); }

    @Override public void visitExtract(org.jalchemy.sql.Extract extract) { throw cannot("extract()"); }

    @Override public void visitJoin(Join join) { throw cannot("a join"); }

    @Override public void visitSelect(Select select) { throw cannot("a subquery"); }

    @Override public void visitInsert(Insert insert) { throw cannot("an INSERT"); }

    @Override public void visitUpdate(Update update) { throw cannot("an UPDATE"); }

    @Override public void visitDelete(Delete delete) { throw cannot("a DELETE"); }

    @Override public void visitDdl(DdlElement ddl) { throw cannot("DDL"); }

    @Override public void visitFromColumn(FromColumn<?> column) { throw cannot("column " + column + " of an alias or subquery"); }

    @Override public void visitTableAlias(TableAlias alias) { throw cannot(alias); }

    @Override public void visitSubquery(Subquery subquery) { throw cannot("a subquery"); }

    @Override public void visitCte(Cte cte) { throw cannot("a CTE"); }

    @Override public void visitCompoundSelect(CompoundSelect compound) { throw cannot("a compound select"); }

    @Override public void visitScalarSubquery(ScalarSubquery<?> subquery) { throw cannot("a scalar subquery"); }

    @Override public void visitExists(Exists exists) { throw cannot("EXISTS"); }

    @Override public void visitInSubquery(InSubquery in) { throw cannot("IN (subquery)"); }

    @Override public void visitCase(Case<?> expression) { throw cannot("CASE"); }

    @Override public void visitCast(Cast<?> cast) { throw cannot("CAST"); }

    @Override public void visitNextValue(org.jalchemy.sql.NextValue next) { throw cannot("a sequence's next value"); }

    @Override public void visitCollate(Collate<?> collate) { throw cannot("COLLATE"); }

    @Override public void visitOver(Over<?> over) { throw cannot("a window function"); }

    @Override public void visitExcluded(ExcludedColumn<?> column) { throw cannot(column); }

    @Override public void visitOnConflict(UpsertClause.OnConflict clause) { throw cannot("ON CONFLICT"); }

    @Override public void visitOnDuplicateKey(UpsertClause.OnDuplicateKey clause) { throw cannot("ON DUPLICATE KEY"); }

    @Override public void visitTuple(Tuple tuple) { throw cannot("a row value"); }
}
