package org.kafo.web.directory.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.directory.Contact;
import org.kafo.domain.directory.Drafts.ContactDraft;
import org.kafo.domain.directory.Drafts.HoursDraft;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.directory.Location;
import org.kafo.domain.directory.OpeningHours;

/** The editable rows of the directory's forms (contacts, locations, opening hours), turned into drafts on save. */
final class FormRows {

    private FormRows() {
    }

    public static class ContactRow implements Serializable {
        private static final long serialVersionUID = 1L;
        public String name;
        public String title;
        public String phone;
        public String email;

        static ContactRow of(Contact c) {
            ContactRow row = new ContactRow();
            row.name = c.name();
            row.title = c.title();
            row.phone = c.phone();
            row.email = c.email();
            return row;
        }

        ContactDraft draft() {
            return new ContactDraft(name, title, phone, email);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
    }

    public static class HoursRow implements Serializable {
        private static final long serialVersionUID = 1L;
        public List<String> days = new ArrayList<>();
        public String opensAt;
        public String closesAt;
        public String note;

        static HoursRow of(OpeningHours h) {
            HoursRow row = new HoursRow();
            row.days = new ArrayList<>(h.days());
            row.opensAt = h.opensAt() == null ? null : h.opensAt().toString();
            row.closesAt = h.closesAt() == null ? null : h.closesAt().toString();
            row.note = h.note();
            return row;
        }

        HoursDraft draft() {
            return new HoursDraft(List.copyOf(days), opensAt, closesAt, note);
        }

        public List<String> getDays() { return days; }
        public void setDays(List<String> v) { days = v; }
        public String getOpensAt() { return opensAt; }
        public void setOpensAt(String v) { opensAt = v; }
        public String getClosesAt() { return closesAt; }
        public void setClosesAt(String v) { closesAt = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    public static class LocationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        public UUID id;
        public String name;
        public String address;
        public String city;
        public String country = "ML";
        public String region;
        public Double latitude;
        public Double longitude;
        public List<HoursRow> hours = new ArrayList<>();

        static LocationRow of(Location l) {
            LocationRow row = new LocationRow();
            row.id = l.id();
            row.name = l.name();
            row.address = l.address();
            row.city = l.city();
            row.country = l.country();
            row.region = l.region() == null ? null : l.region().code();
            row.latitude = l.latitude();
            row.longitude = l.longitude();
            l.hours().forEach(h -> row.hours.add(HoursRow.of(h)));
            return row;
        }

        LocationDraft draft() {
            return new LocationDraft(id, name, address, city, country, region, latitude, longitude,
                    hours.stream().map(HoursRow::draft).toList());
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getCity() { return city; }
        public void setCity(String v) { city = v; }
        public String getCountry() { return country; }
        public void setCountry(String v) { country = v; }
        public String getRegion() { return region; }
        public void setRegion(String v) { region = v; }
        public Double getLatitude() { return latitude; }
        public void setLatitude(Double v) { latitude = v; }
        public Double getLongitude() { return longitude; }
        public void setLongitude(Double v) { longitude = v; }
        public List<HoursRow> getHours() { return hours; }
    }
}
