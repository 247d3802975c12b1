package org.kafo.web.onboarding;

/** Someone to invite, as a form holds them: names, address, role (for members) or association (for observers). */
public class PersonForm {
    String email;
    String firstName;
    String lastName;
    String role = "member";
    String association;

    void clear() {
        email = firstName = lastName = association = null;
        role = "member";
    }

    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
    public String getAssociation() { return association; }
    public void setAssociation(String v) { association = v; }
}
