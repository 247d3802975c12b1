package org.kafo.web.directory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kafo.domain.directory.Taxonomies;
import org.kafo.domain.directory.Taxonomy;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/** A new term of one of the shared lists, on {@code /annuaire/gestion/listes.xhtml}. */
@Named
@RequestScoped
public class NewTermForm {

    @Inject
    CurrentCaller caller;

    @Inject
    Taxonomies taxonomies;

    private String list = "CATEGORY";
    private String code;
    private String name;

    public String add() {
        return PageMessages.redirect(null, () -> {
            taxonomies.add(caller.get(), Taxonomy.valueOf(list), code, name);
            return "/annuaire/gestion/listes.xhtml?faces-redirect=true";
        }, PageMessages.text("directory.lists.done.added", name));
    }

    public String getList() { return list; }
    public void setList(String v) { list = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
}
