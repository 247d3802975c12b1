package org.kafo.web.alert.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.alert.ArrivalPoint;
import org.kafo.domain.alert.ArrivalPointKind;
import org.kafo.domain.alert.ArrivalPoints;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Role;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/** The arrival points: everyone reads the list; the network's coordination adds and retires points. */
@Named
@RequestScoped
public class ArrivalPointsPage {

    @Inject
    ArrivalPoints points;

    @Inject
    CurrentCaller caller;

    private String code;
    private String name;
    private String kind;
    private String city;
    private String region;

    public List<ArrivalPoint> getAll() {
        return points.all();
    }

    public boolean isAdmin() {
        return caller.get().has(Role.NETWORK_ADMIN);
    }

    public String add() {
        if (!PageMessages.attempt("point-form", () -> points.add(caller.get(), code, new ArrivalPoints.Details(name, kind(), city, region, true)))) {
            return null;
        }
        PageMessages.done(PageMessages.text("alert.points.done.added"));
        return "/alertes/points-arrivee.xhtml?faces-redirect=true";
    }

    public String toggle(String pointCode) {
        boolean ok = PageMessages.attempt(null, () -> {
            ArrivalPoint p = points.find(pointCode);
            points.change(caller.get(), pointCode, new ArrivalPoints.Details(p.name(), p.kind(), p.city(), p.region(), !p.active()), p.version());
        });
        if (!ok) {
            return null;
        }
        PageMessages.done(PageMessages.text("alert.points.done.updated"));
        return "/alertes/points-arrivee.xhtml?faces-redirect=true";
    }

    private ArrivalPointKind kind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ArrivalPointKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("kind", Message.of("alert.point.kindMissing"));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
