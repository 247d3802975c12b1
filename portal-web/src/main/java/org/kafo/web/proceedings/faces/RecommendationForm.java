package org.kafo.web.proceedings.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.proceedings.RecommendationInput;

/** A recommendation of the event, on {@link EventContentPage}: its theme, its text, the actors it is addressed to. */
@Named
@ViewScoped
public class RecommendationForm extends EventContentForm {

    private static final long serialVersionUID = 1L;

    private String theme;
    private String text;
    private List<String> addressees = new ArrayList<>();

    public void add() {
        if (page.change(e -> proceedings.addRecommendation(caller.get(), e, RecommendationInput.of(theme, text, addressees), null),
                "event.content.recommendationAdded")) {
            theme = text = null;
            addressees = new ArrayList<>();
        }
    }

    public String getTheme() { return theme; }
    public void setTheme(String v) { theme = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public List<String> getAddressees() { return addressees; }
    public void setAddressees(List<String> v) { addressees = v; }
}
