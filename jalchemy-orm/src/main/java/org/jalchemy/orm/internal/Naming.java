package org.jalchemy.orm.internal;

import java.util.Locale;

/** The default names: Java camelCase to SQL snake_case ({@code userId} → {@code user_id}, {@code HTTPCode} → {@code http_code}). */
public final class Naming {
    private Naming() {}

    /** {@code camelCase} / {@code PascalCase} to {@code snake_case}; runs of capitals stay one word. */
    public static String snakeCase(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                boolean prevUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_' && (prevLower || (prevUpper && nextLower))) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
