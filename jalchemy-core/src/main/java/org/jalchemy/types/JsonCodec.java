package org.jalchemy.types;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import org.jalchemy.exc.ArgumentError;

/** Turns JSON values (Map, List, String, Number, Boolean, null) into text and back, for the JSON type. */
public final class JsonCodec {
    private static final JSON JSON_STD = JSON.std;

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
