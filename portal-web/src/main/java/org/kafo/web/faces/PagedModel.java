package org.kafo.web.faces;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table's rows read one page at a time from the database (the administration lists): {@code count} says how
 * many there are, {@code page} reads rows {@code first} to {@code first + size}. Both are asked on every request, with the
 * caller of that request (a bean makes the model per request): nothing is kept between pages.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> read(int first, int size);
    }

    private final transient IntSupplier count;
    private final transient Page<T> page;
    private final transient Function<T, String> key;

    public PagedModel(IntSupplier count, Page<T> page, Function<T, String> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return count.getAsInt();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.read(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    /** A row of the page read last, by its key (what PrimeFaces asks when a row is chosen). */
    @Override
    public T getRowData(String rowKey) {
        List<T> read = getWrappedData();
        return read == null ? null : read.stream().filter(r -> key.apply(r).equals(rowKey)).findFirst().orElse(null);
    }
}
