package org.kafo.web.directory.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.directory.DirectoryRule;
import org.kafo.domain.directory.Taxonomies;
import org.kafo.domain.directory.Taxonomy;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/** The network admins keep the shared lists here ({@code /annuaire/gestion/listes.xhtml}): rename, retire, offer again, add. */
@Named
@ViewScoped
public class TaxonomiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Taxonomies taxonomies;

    /** One line of a list, as edited. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        final String list;
        final String code;
        String name;
        final boolean active;

        Line(String list, String code, String name, boolean active) {
            this.list = list;
            this.code = code;
            this.name = name;
            this.active = active;
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public boolean isActive() { return active; }
        public String getList() { return list; }
    }

    private final List<Line> categories = new ArrayList<>();
    private final List<Line> targetGroups = new ArrayList<>();
    private final List<Line> regions = new ArrayList<>();

    public void load() throws IOException {
        if (!DirectoryRule.keepsTaxonomies(caller.get())) {
            PageMessages.sendError(404);
            return;
        }
        categories.clear();
        targetGroups.clear();
        regions.clear();
        taxonomies.terms(Taxonomy.CATEGORY, true).forEach(t -> categories.add(new Line("CATEGORY", t.code(), t.name(), t.active())));
        taxonomies.terms(Taxonomy.TARGET_GROUP, true).forEach(t -> targetGroups.add(new Line("TARGET_GROUP", t.code(), t.name(), t.active())));
        taxonomies.regions(true).forEach(r -> regions.add(new Line("REGION", r.code(), r.name(), r.active())));
    }

    public String rename(Line line) {
        return change(line, line.name, null, PageMessages.text("directory.lists.done.renamed", line.name));
    }

    public String toggle(Line line) {
        return change(line, null, !line.active, PageMessages.text(line.active ? "directory.lists.done.retired" : "directory.lists.done.reactivated", line.name));
    }

    private String change(Line line, String name, Boolean active, String done) {
        boolean changed = PageMessages.attempt(null, () -> {
            if (line.list.equals("REGION")) {
                taxonomies.changeRegion(caller.get(), line.code, name, active);
            } else {
                taxonomies.change(caller.get(), line.code, name, active);
            }
        });
        if (!changed) {
            return null;
        }
        PageMessages.done(done);
        return "/annuaire/gestion/listes.xhtml?faces-redirect=true";
    }

    public List<Line> getCategories() { return categories; }
    public List<Line> getTargetGroups() { return targetGroups; }
    public List<Line> getRegions() { return regions; }
}
