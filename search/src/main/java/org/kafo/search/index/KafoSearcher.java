package org.kafo.search.index;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.kafo.search.schema.FacetSchema;
import org.kafo.search.schema.SearchFields;

/**
 * A searcher that carries the facet ordinals of its reader. Building them costs a pass over the
 * facet values, so it happens once per refresh, not once per request.
 */
final class KafoSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;

    private KafoSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    /** {@code null} while no document with facets is in the index. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new KafoSearcher(reader, facetStateOf(reader));
            }
        };
    }

    private static SortedSetDocValuesReaderState facetStateOf(IndexReader reader) throws IOException {
        FieldInfo facets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(SearchFields.FACETS);
        if (facets == null || facets.getDocValuesType() != DocValuesType.SORTED_SET) {
            return null;
        }
        return new DefaultSortedSetDocValuesReaderState(reader, FacetSchema.config());
    }
}
