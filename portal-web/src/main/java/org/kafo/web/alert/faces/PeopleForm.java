package org.kafo.web.alert.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.alert.ArrivingPerson;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.alert.AlertJson;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.TypedValues;

/**
 * The personal data of the people arriving, on the alert page, for the reception team only: read (an audited read) when
 * they open it, and one more person recorded.
 */
@Named
@ViewScoped
public class PeopleForm extends AlertPageForm {

    private static final long serialVersionUID = 1L;

    private List<AlertJson.PersonJson> people;
    private String name;
    private String age;
    private String phone;
    private String family;
    private String health;

    /** Opens the personal data: an audited read. */
    public void show() {
        PageMessages.attempt(null, () -> people = alerts.people(caller.get(), page.uuid()).stream().map(AlertJson.PersonJson::of).toList());
    }

    public String add() {
        List<DomainException.FieldError> errors = new ArrayList<>();
        Integer years = TypedValues.count(age, "age", errors);
        ArrivingPerson.Details d = new ArrivingPerson.Details(name, years, phone, family, health);
        if (!PageMessages.attempt("person-form", () -> {
            if (!errors.isEmpty()) {
                throw DomainException.invalid(errors);
            }
            alerts.addPerson(caller.get(), page.uuid(), d);
        })) {
            return null;
        }
        return page.done(PageMessages.text("alert.done.person")) + "#personnes";
    }

    public List<AlertJson.PersonJson> getPeople() {
        return people;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAge() {
        return age;
    }

    public void setAge(String age) {
        this.age = age;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }
}
