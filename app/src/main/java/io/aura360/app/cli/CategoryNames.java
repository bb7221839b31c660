package io.aura360.app.cli;

import io.aura360.contracts.Category;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --category}: completes to the canonical names and reads them or their Spanish aliases, as the API does.
 */
final class CategoryNames implements Iterable<String>, ITypeConverter<Category> {

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Category.values()).map(Category::wireName).iterator();
    }

    @Override
    public Category convert(String value) {
        return Category.parse(value)
                .orElseThrow(() -> new TypeConversionException(
                        "'" + value + "' is not a category: use mind, body or soul (or mente, cuerpo, alma)"));
    }
}
