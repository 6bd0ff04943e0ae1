package org.jalchemy.types;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import org.jalchemy.exc.ArgumentError;

/**
 * Turns JSON values (Map, List, String, Number, Boolean, null) into text and back, for the JSON type.
 * Read back, objects are {@code Map}, arrays {@code List}, integers Integer / Long / BigInteger by size and
 * decimals Double.
 */
public final class JsonCodec {
    /** Map entries whose value is null are written ({@code {"k": null}}), so maps come back equal. */
    private static final JSON JSON_STD = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private JsonCodec() {}

    /** Serialises a JSON value; a value that has no JSON form is an {@link ArgumentError}. */
    public static String write(Object value) {
        try {
            return JSON_STD.asString(value);
        } catch (IOException e) {
            throw new ArgumentError("Value of " + value.getClass().getName() + " cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Parses JSON text into Map / List / scalar values. */
    public static Object read(String text) {
        try {
            return JSON_STD.anyFrom(text);
        } catch (IOException e) {
            throw new ArgumentError("Database returned text that is not JSON: " + text, e);
        }
    }
}
