package org.kafo.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kafo.domain.reference.Countries;
import org.kafo.web.alert.AlertNames;
import org.kafo.web.identity.PeopleNames;

/**
 * Words for the codes the records keep, in the page's language: one place for each kind of code, so that no page shows
 * "fr", "ame", "actor", "accueil.ame" or "member" ({@code #{labels.language(d.language())}}…). A code with no word
 * is shown as it is rather than hidden.
 */
@Named
@RequestScoped
public class Labels {

    /** A role's code where a record's text names it, after " : " or "→ ": "x@y.org : member → observer". */
    private static final Pattern ROLE = Pattern.compile("(?<=: |→ )(network-admin|tenant-admin|member|observer)(?=$|[ ,;)])");

    @Inject
    AlertNames names;

    @Inject
    PeopleNames people;

    private ResourceBundle bundle;
    private Locale language;

    /** A language by its ISO 639 code: "fr" → "Français", "bm" → "Bambara". */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = "library.language." + code;
        if (bundle().containsKey(key)) {
            return bundle().getString(key);
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(language());
        return name.isEmpty() || name.equals(code) ? code : capitalised(name);
    }

    /** A country by its ISO 3166 code: "ML" → "Mali". */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Countries.name(code, language());
        return name.isEmpty() ? code : name;
    }

    /** An association by its identifier: "ame" → "AME" (its short name, as lists show it). */
    public String association(String alias) {
        return alias == null ? "" : names.tenant(alias);
    }

    /** Several associations, by name, in the order given. */
    public String associations(Collection<String> aliases) {
        return aliases == null ? "" : aliases.stream().map(this::association).collect(Collectors.joining(", "));
    }

    /** A person by the username a record keeps: "accueil.ame" → "Awa Traoré". */
    public String person(String username) {
        return people.of(username);
    }

    /** A role by its code: "member" → "Membre". */
    public String role(String code) {
        String key = "role." + code;
        return code != null && bundle().containsKey(key) ? bundle().getString(key) : code;
    }

    /** A record's text that names roles by their codes ("x@y.org : member → tenant-admin"), with their words. */
    public String withRoles(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ROLE.matcher(text);
        StringBuilder said = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(said, Matcher.quoteReplacement(role(m.group(1))));
        }
        return m.appendTail(said).toString();
    }

    /** The kind of a search result: "alert" → "Alerte". */
    public String kind(String kind) {
        String key = "search.kind." + kind;
        return kind != null && bundle().containsKey(key) ? bundle().getString(key) : kind;
    }

    private String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(language()) + name.substring(1);
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            bundle = faces.getApplication().getResourceBundle(faces, "msg");
        }
        return bundle;
    }

    private Locale language() {
        if (language == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            language = faces.getViewRoot() == null ? Language.DEFAULT : faces.getViewRoot().getLocale();
        }
        return language;
    }
}
