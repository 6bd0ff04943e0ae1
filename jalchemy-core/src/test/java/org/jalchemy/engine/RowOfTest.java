package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.junit.jupiter.api.Test;

/** Rows built outside a result ({@link Row#of}), as the ORM builds rows holding objects. */
class RowOfTest {

    @Test
    void rowOfValuesIsReadByPositionNameAndClass() {
        RowMetadata md = RowMetadata.ofNames(List.of("User", "email"), Arrays.asList(null, "emailElement"));
        Object[] values = {new StringBuilder("u"), "a@x"};
        Row row = Row.of(md, values);
        values[1] = "changed";
        assertThat(row.<String>get("email")).isEqualTo("a@x");
        assertThat(row.get(StringBuilder.class).toString()).isEqualTo("u");
        assertThat(row.<String>get(1)).isEqualTo("a@x");
        assertThat(row.keys()).containsExactly("User", "email");
    }

    @Test
    void valuesMustMatchTheMetadata() {
        RowMetadata md = RowMetadata.ofNames(List.of("a", "b"), null);
        assertThatThrownBy(() -> Row.of(md, 1)).isInstanceOf(ArgumentError.class)
                .hasMessage("Row metadata has 2 columns but 1 values were given");
        assertThatThrownBy(() -> Row.of(md, "x", "y").get(String.class)).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("more than one String");
    }
}
