package org.kafo.search.schema;

import org.apache.lucene.facet.FacetsConfig;

/**
 * The facet configuration shared by indexing and querying. Every dim is flat and multi-valued:
 * the web module may add dims of its own without telling the index, and a document may have
 * several themes or organisations.
 */
public final class FacetSchema {

    private static final FacetsConfig CONFIG = new FacetsConfig() {
        private final DimConfig multiValued = multiValued();

        @Override
        protected DimConfig getDefaultDimConfig() {
            return multiValued;
        }
    };

    private FacetSchema() {
    }

    /** Never modified after class initialisation, so safe to share between threads. */
    public static FacetsConfig config() {
        return CONFIG;
    }

    private static FacetsConfig.DimConfig multiValued() {
        FacetsConfig.DimConfig config = new FacetsConfig.DimConfig();
        config.multiValued = true;
        return config;
    }
}
