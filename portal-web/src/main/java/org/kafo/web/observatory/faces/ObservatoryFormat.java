package org.kafo.web.observatory.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.kafo.domain.observatory.Cell;
import org.kafo.web.observatory.Charts;

/** How the observatory's pages write a number: as the charts and the files do ("1 234", "26,0"). */
@Named
@ApplicationScoped
public class ObservatoryFormat {

    public String shown(Cell cell) {
        return Charts.shown(cell);
    }

    public String number(long n) {
        return Charts.french(n);
    }
}
