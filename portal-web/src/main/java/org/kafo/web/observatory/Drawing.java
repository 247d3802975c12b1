package org.kafo.web.observatory;

import java.util.List;

/**
 * A chart or a map as plain shapes in its own coordinates (a view box {@code width} × {@code height}): the page writes
 * them as inline SVG (no script, printable, scaled to the phone), the yearly PDF draws the same shapes as vector
 * graphics. The layout is decided once, here, whatever draws it.
 *
 * @param title       what it shows, in French: the SVG's title and the PDF's caption
 * @param description a sentence for screen readers (the table beside it holds every number)
 */
public record Drawing(String id, String title, String description, double width, double height, List<Shape> shapes) {

    /** A shape; {@code style} is a class of kafo.css (the PDF maps it to the same colours). */
    public sealed interface Shape permits Rect, Circle, Line, Text, Path {
        String style();

        /** The shape's kind, for the page's template: {@code rect}, {@code circle}, {@code line}, {@code text}, {@code path}. */
        String kind();
    }

    /** A bar; {@code tip} is what a pointer over it says (the SVG title). */
    public record Rect(double x, double y, double w, double h, String style, String tip) implements Shape {
        public Rect {
            x = round(x);
            y = round(y);
            w = round(w);
            h = round(h);
        }

        public String kind() {
            return "rect";
        }
    }

    public record Circle(double cx, double cy, double r, String style, String tip) implements Shape {
        public Circle {
            cx = round(cx);
            cy = round(cy);
            r = round(r);
        }

        public String kind() {
            return "circle";
        }
    }

    public record Line(double x1, double y1, double x2, double y2, String style) implements Shape {
        public Line {
            x1 = round(x1);
            y1 = round(y1);
            x2 = round(x2);
            y2 = round(y2);
        }

        public String kind() {
            return "line";
        }
    }

    /** {@code anchor}: start, middle or end. */
    public record Text(double x, double y, String text, String anchor, String style) implements Shape {
        public Text {
            x = round(x);
            y = round(y);
        }

        public String kind() {
            return "text";
        }
    }

    /** An outline, in SVG path data made only of absolute M, L and Z (so that the PDF can replay it). */
    public record Path(String d, String style) implements Shape {
        public String kind() {
            return "path";
        }
    }

    /** A tenth of a unit is finer than any screen or printer shows at these sizes, and keeps the page small. */
    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The view box, as the SVG element writes it. */
    public String viewBox() {
        return "0 0 " + Math.round(width) + " " + Math.round(height);
    }
}
