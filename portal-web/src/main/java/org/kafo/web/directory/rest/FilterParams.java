package org.kafo.web.directory.rest;

import jakarta.ws.rs.QueryParam;
import org.kafo.domain.directory.DirectoryFilter;

/** The referral question as query parameters: {@code ?category=psychosocial&targetGroup=femmes&region=gao&q=…}. */
public class FilterParams {

    @QueryParam("q")
    public String text;

    @QueryParam("category")
    public String category;

    @QueryParam("targetGroup")
    public String targetGroup;

    @QueryParam("region")
    public String region;

    @QueryParam("city")
    public String city;

    @QueryParam("kind")
    public String kind;

    public DirectoryFilter filter() {
        return new DirectoryFilter(text, category, targetGroup, region, city, kind);
    }
}
