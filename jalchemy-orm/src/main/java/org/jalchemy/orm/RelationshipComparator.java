package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jalchemy.Sql;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.internal.ColumnProperty;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.RelationshipProperty;
import org.jalchemy.orm.internal.RelationshipProperty.Direction;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.Select;

/**
 * The SQL of a relationship attribute's comparison operators, as SQLAlchemy's {@code Comparator} renders them:
 * {@code any}/{@code has} are {@code EXISTS (SELECT 1 FROM target [, secondary] WHERE <join condition> AND <criteria>)},
 * correlated to the parent's table in the enclosing query and never to the target's or the association table's (so
 * the EXISTS stays right when the query also joins the target); {@code contains} / {@code eq} compare with the key
 * values of a given object, read when the expression is built.
 */
final class RelationshipComparator {
    private final RelationshipProperty r;

    RelationshipComparator(RelationshipProperty relationship) {
        this.r = relationship;
    }

    /** {@code EXISTS} of a related row (of the collection, or the scalar reference) matching {@code criteria}. */
    ColumnElement<Boolean> exists(String operator, boolean collection, ColumnElement<Boolean> criteria) {
        if (collection != r.isCollection()) {
            throw new InvalidRequestError("'" + operator + "()' is not available for " + (r.isCollection() ? "collection" : "scalar")
                    + " relationship " + r + "; use " + (r.isCollection() ? "any()" : "has()"));
        }
        Mapper t = r.target();
        if (t.isUnion()) {
            throw new InvalidRequestError(operator + "(): relationship " + r + " targets " + t.type().getSimpleName()
                    + ", which is loaded from a UNION of tables (concrete-table inheritance); use exists(select(...)) with a subclass");
        }
        Set<FromClause> own = new LinkedHashSet<>(t.tables());
        if (r.secondary() != null) {
            own.add(r.secondary());
        }
        for (org.jalchemy.schema.Table p : r.owner().tables()) {
            if (own.contains(p)) {
                throw new InvalidRequestError(operator + "(): relationship " + r + " joins table '" + p.name()
                        + "' to itself; write the EXISTS with an alias: exists(select(...).where(...))");
            }
        }
        Select q = t.restrict(Select.of(Sql.literalColumn("1")));
        if (r.secondary() != null) {
            q = q.selectFrom(r.secondary());
        }
        q = criteria == null ? q.where(r.joinCondition()) : q.where(r.joinCondition(), criteria);
        if (!q.effectiveFroms().contains(t.selectable())) {
            q = q.selectFrom(t.selectable());
        }
        q = q.correlateExcept(own.toArray(new FromClause[0]));
        if (t.selectable() != t.table()) {
            q = q.correlateExcept(t.selectable());
        }
        return Sql.exists(q);
    }

    /** {@code contains(obj)}: the collection holds {@code obj}. */
    ColumnElement<Boolean> contains(Object obj) {
        if (!r.isCollection()) {
            throw new InvalidRequestError("'contains()' is not available for scalar relationship " + r + "; use eq(obj)");
        }
        checkTarget("contains", obj);
        if (r.direction() == Direction.MANY_TO_MANY) {
            // an EXISTS over the association table (SQLAlchemy adds the association table to the enclosing FROM)
            List<ColumnElement<Boolean>> conds = new ArrayList<>();
            for (RelationshipProperty.SecondaryPair p : r.localPairs()) {
                conds.add(p.column().eq(p.property().column()));
            }
            for (RelationshipProperty.SecondaryPair p : r.targetPairs()) {
                conds.add(p.column().eq(value("contains", p.property(), obj)));
            }
            return Sql.exists(Select.of(Sql.literalColumn("1")).selectFrom(r.secondary()).where(and(conds))
                    .correlateExcept(r.secondary()));
        }
        // one-to-many: the parent's referenced columns equal the object's foreign key
        List<ColumnElement<Boolean>> conds = new ArrayList<>();
        for (RelationshipProperty.Pair p : r.pairs()) {
            conds.add(p.parent().column().eq(value("contains", p.child(), obj)));
        }
        return and(conds);
    }

    /** {@code eq(obj)} of a many-to-one: the foreign key equals {@code obj}'s key ({@code IS NULL} for null). */
    ColumnElement<Boolean> eq(Object obj, boolean negate) {
        if (r.direction() != Direction.MANY_TO_ONE) {
            throw new InvalidRequestError("'" + (negate ? "ne" : "eq") + "()' compares a many-to-one relationship with an object; "
                    + r + " is " + r.direction() + ": use " + (r.isCollection() ? "contains(obj) or any()" : "has()"));
        }
        List<ColumnElement<Boolean>> conds = new ArrayList<>();
        if (obj == null) {
            for (RelationshipProperty.Pair p : r.pairs()) {
                conds.add(negate ? p.child().column().isNotNull() : p.child().column().isNull());
            }
            return and(conds);
        }
        checkTarget(negate ? "ne" : "eq", obj);
        for (RelationshipProperty.Pair p : r.pairs()) {
            Object v = value(negate ? "ne" : "eq", p.parent(), obj);
            conds.add(negate ? p.child().column().ne(v) : p.child().column().eq(v));
        }
        if (!negate) {
            return and(conds);
        }
        // as SQLAlchemy: a row whose foreign key is NULL is "not equal" to the object too
        conds.add(r.pairs().get(0).child().column().isNull());
        @SuppressWarnings("unchecked")
        ColumnElement<Boolean>[] arr = conds.toArray(new ColumnElement[0]);
        return Sql.or(arr);
    }

    private void checkTarget(String operator, Object obj) {
        if (obj == null) {
            throw new ArgumentError(operator + "(): relationship " + r + " needs an object of " + r.target().type().getSimpleName() + ", got null");
        }
        if (!r.target().type().isInstance(obj)) {
            throw new ArgumentError(operator + "(): relationship " + r + " holds " + r.target().type().getSimpleName()
                    + " objects, not " + obj.getClass().getName());
        }
    }

    private Object value(String operator, ColumnProperty p, Object obj) {
        Object v = p.get(obj);
        if (v == null) {
            throw new InvalidRequestError(operator + "(): " + obj.getClass().getSimpleName() + "." + p.fieldName() + " of the object given to "
                    + r + " is null (not flushed yet?); flush the Session first, so the comparison has the value its row holds");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> and(List<ColumnElement<Boolean>> parts) {
        return parts.size() == 1 ? parts.get(0) : Sql.and(parts.toArray(new ColumnElement[0]));
    }
}
