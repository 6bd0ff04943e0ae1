package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.internal.Mapper;
import org.jalchemy.orm.internal.RelationshipProperty;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.Select;

/**
 * One ORM join along a relationship ({@code join(Course_.students)}, optionally to an alias of the target), applied
 * to a Core select. When the relationship's parent is already in the FROM clause, the join continues the FROM item the
 * select joins to; when it is not ({@code select(Student.class).join(Course_.students)}), the join starts from the
 * parent's table, as SQLAlchemy's does: {@code FROM courses JOIN enrollments ... JOIN students}, the target's table
 * (which the selected columns name) then being covered by the join instead of sent a second time.
 */
final class RelationshipJoin {
    private final RelationshipProperty relationship;
    private final Alias<?> alias;

    RelationshipJoin(RelationshipProperty relationship, Alias<?> alias) {
        this.relationship = relationship;
        this.alias = alias;
        if (alias != null && !relationship.target().type().isAssignableFrom(alias.type())) {
            throw new org.jalchemy.exc.ArgumentError("join(" + relationship + ", alias): the alias must be of "
                    + relationship.target().type().getSimpleName() + ", got " + alias);
        }
    }

    /** The item the join makes the "last joined" entity (for {@code filterBy}). */
    QueryItem.EntityItem target() {
        Mapper t = relationship.target();
        return alias == null ? new QueryItem.EntityItem(t, null, t.type()) : new QueryItem.EntityItem(alias.mapper(), alias.from(), alias);
    }

    /** {@code s} with the join (LEFT OUTER with {@code outer}). */
    Select apply(Select s, boolean outer) {
        Table left = parentTable();
        boolean parentPresent = false;
        for (FromClause f : s.effectiveFroms()) {
            if (f == left || f.coveredFroms().contains(left)) {
                parentPresent = true;
                break;
            }
        }
        if (!parentPresent && relationship.owner().isUnion()) {
            throw new InvalidRequestError("Cannot join along " + relationship + ": its parent " + relationship.owner().type().getSimpleName()
                    + " is not in the FROM clause and is loaded from a UNION of tables (concrete-table inheritance); "
                    + "select or join " + relationship.owner().type().getSimpleName() + " first");
        }
        Mapper t = relationship.target();
        FromClause right = alias != null ? alias.from() : t.joinTarget();
        if (relationship.direction() == RelationshipProperty.Direction.MANY_TO_MANY) {
            ColumnElement<Boolean> first = and(toSecondary());
            ColumnElement<Boolean> second = and(secondaryToTarget());
            Table secondary = relationship.secondary();
            if (parentPresent) {
                s = outer ? s.outerJoin(secondary, first) : s.join(secondary, first);
            } else {
                s = outer ? s.outerJoinFrom(left, secondary, first) : s.joinFrom(left, secondary, first);
            }
            // the association table was joined last: the target joins to that FROM item
            s = outer ? s.outerJoin(right, second) : s.join(right, second);
        } else {
            ColumnElement<Boolean> on = and(parentToTarget());
            if (parentPresent) {
                s = outer ? s.outerJoin(right, on) : s.join(right, on);
            } else {
                s = outer ? s.outerJoinFrom(left, right, on) : s.joinFrom(left, right, on);
            }
        }
        return alias != null ? s : t.joinRest(s, t.tables().get(0), outer);
    }

    /** The parent's table holding the relationship's columns on its side. */
    private Table parentTable() {
        RelationshipProperty r = relationship;
        Column<?> c = switch (r.direction()) {
            case MANY_TO_MANY -> r.localPairs().get(0).property().column();
            case ONE_TO_MANY -> r.pairs().get(0).parent().column();
            case MANY_TO_ONE -> r.pairs().get(0).child().column();
        };
        return c.table();
    }

    private List<ColumnElement<Boolean>> toSecondary() {
        List<ColumnElement<Boolean>> out = new ArrayList<>();
        for (RelationshipProperty.SecondaryPair p : relationship.localPairs()) {
            out.add(p.column().eq(p.property().column()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<ColumnElement<Boolean>> secondaryToTarget() {
        List<ColumnElement<Boolean>> out = new ArrayList<>();
        for (RelationshipProperty.SecondaryPair p : relationship.targetPairs()) {
            out.add(p.column().eq((ColumnElement<Object>) targetColumn(p.property().column())));
        }
        return out;
    }

    /** The relationship's join condition, the target's columns taken from the alias when there is one. */
    @SuppressWarnings("unchecked")
    private List<ColumnElement<Boolean>> parentToTarget() {
        List<ColumnElement<Boolean>> out = new ArrayList<>();
        boolean targetHoldsKey = relationship.direction() == RelationshipProperty.Direction.ONE_TO_MANY;
        for (RelationshipProperty.Pair p : relationship.pairs()) {
            ColumnElement<Object> child = p.child().column();
            ColumnElement<Object> parent = p.parent().column();
            if (targetHoldsKey) {
                child = (ColumnElement<Object>) targetColumn(p.child().column());
            } else {
                parent = (ColumnElement<Object>) targetColumn(p.parent().column());
            }
            out.add(child.eq(parent));
        }
        return out;
    }

    private ColumnElement<?> targetColumn(Column<?> c) {
        return alias == null ? c : alias.column(c);
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> and(List<ColumnElement<Boolean>> parts) {
        return parts.size() == 1 ? parts.get(0) : org.jalchemy.Sql.and(parts.toArray(new ColumnElement[0]));
    }
}
