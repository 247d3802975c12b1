package org.kafo.web.observatory;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kafo.domain.alert.ArrivalPoint;
import org.kafo.domain.observatory.Cell;
import org.kafo.domain.observatory.FigureTable;

/**
 * The map of Mali with the people received at each arrival point: the outline and the neighbours' borders derived once
 * from Natural Earth (public domain; {@code src/main/map/README.md}), shipped in {@code mali-map.json}, the points placed
 * with the network's own coordinates. A circle's area says how many people were received; a hidden count is an empty
 * circle, never a size. Points of one city share one label (Bamako has three): their numbers are in the table.
 */
public final class MaliMap {

    private static final Geometry GEOMETRY = Geometry.read();
    private static final double MAX_RADIUS = 18;

    private MaliMap() {
    }

    /** The outline, its neighbours and where they are named, and the projection of the file. */
    private record Geometry(double width, double height, String mali, List<Drawing.Shape> neighbours, double west, double north,
                            double scale, double cosLat, String source) {
        static Geometry read() {
            try (InputStream in = MaliMap.class.getResourceAsStream("mali-map.json"); JsonReader reader = JSON.createReader(in)) {
                JsonObject map = reader.readObject();
                JsonObject p = map.getJsonObject("projection");
                List<Drawing.Shape> neighbours = new ArrayList<>();
                for (JsonObject n : map.getJsonArray("neighbours").getValuesAs(JsonObject.class)) {
                    neighbours.add(new Drawing.Path(n.getString("path"), "neighbour"));
                }
                for (JsonObject n : map.getJsonArray("neighbours").getValuesAs(JsonObject.class)) {
                    neighbours.add(new Drawing.Text(n.getJsonNumber("labelX").doubleValue(), n.getJsonNumber("labelY").doubleValue(),
                            n.getString("name"), n.getString("anchor"), "country"));
                }
                return new Geometry(map.getJsonNumber("width").doubleValue(), map.getJsonNumber("height").doubleValue(),
                        map.getString("mali"), List.copyOf(neighbours), p.getJsonNumber("west").doubleValue(),
                        p.getJsonNumber("north").doubleValue(), p.getJsonNumber("scale").doubleValue(),
                        p.getJsonNumber("cosLat").doubleValue(), map.getString("source"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Where the outline comes from, for the page's and the report's sources. */
    public static String source() {
        return GEOMETRY.source();
    }

    /**
     * The map of {@code column} ({@code received}, …) of the figures by arrival point. Points without coordinates are
     * left out of the drawing (their row stays in the table).
     */
    public static Drawing of(FigureTable byPoint, String column, Map<String, ArrivalPoint> points) {
        Geometry g = GEOMETRY;
        int c = byPoint.column(column);
        List<Drawing.Shape> shapes = new ArrayList<>(g.neighbours());
        shapes.add(0, new Drawing.Rect(0, 0, g.width(), g.height(), "sea", null));
        shapes.add(new Drawing.Path(g.mali(), "mali"));
        long max = byPoint.rows().stream().map(r -> r.cell(c)).filter(Cell::shown).mapToLong(Charts::value).max().orElse(0);
        record Marker(double x, double y, Cell cell, String tip, String city, double r) {
        }
        List<Marker> markers = new ArrayList<>();
        for (FigureTable.Row row : byPoint.rows()) {
            ArrivalPoint point = points.get(row.key());
            Optional<double[]> at = point == null ? Optional.empty() : point.coordinates();
            if (at.isEmpty()) {
                continue;
            }
            double[] xy = project(g, at.get()[0], at.get()[1]);
            Cell cell = row.cell(c);
            double r = cell.shown() && Charts.value(cell) > 0
                    ? Math.max(2.5, MAX_RADIUS * Math.sqrt((double) Charts.value(cell) / Math.max(1, max))) : 3;
            markers.add(new Marker(xy[0], xy[1], cell, row.label() + " : " + Charts.shown(cell) + " — "
                    + byPoint.columns().get(c).label().toLowerCase(java.util.Locale.FRENCH), point.city(), r));
        }
        // Largest first, so that a small circle in the same city stays on top and can be pointed at.
        markers.sort(Comparator.comparingLong((Marker m) -> m.cell().shown() ? -Charts.value(m.cell()) : 0));
        Map<String, List<Marker>> byCity = new LinkedHashMap<>();
        for (Marker m : markers) {
            if (m.cell().shown() && Charts.value(m.cell()) > 0) {
                shapes.add(new Drawing.Circle(m.x(), m.y(), m.r(), "point", m.tip()));
            } else {
                shapes.add(new Drawing.Circle(m.x(), m.y(), 3, m.cell().shown() ? "point-none" : "point-hidden", m.tip()));
            }
            byCity.computeIfAbsent(m.city(), k -> new ArrayList<>()).add(m);
        }
        byCity.forEach((city, ms) -> {
            Marker first = ms.get(0);
            String label = ms.size() == 1 ? city + " " + Charts.shown(first.cell()) : city;
            boolean west = first.x() > g.width() * 0.72;
            double gap = ms.stream().mapToDouble(Marker::r).max().orElse(3) + 3;
            shapes.add(new Drawing.Text(first.x() + (west ? -gap : gap), first.y() + 3, label, west ? "end" : "start", "place"));
        });
        return new Drawing("map", "Personnes reçues par point d'arrivée", "Carte du Mali : un cercle par point d'arrivée, sa surface "
                + "selon les personnes reçues ; un cercle vide quand le nombre est masqué. Les nombres sont dans le tableau.",
                g.width(), g.height(), shapes);
    }

    /** Longitude and latitude to the file's units (plate carrée, scale corrected at 17°N). */
    static double[] project(Geometry g, double latitude, double longitude) {
        return new double[] {(longitude - g.west()) * g.scale() * g.cosLat(), (g.north() - latitude) * g.scale()};
    }
}
