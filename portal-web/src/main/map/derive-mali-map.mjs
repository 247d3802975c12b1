// Derives the observatory's map of Mali from Natural Earth (public domain), as the npm package world-atlas 2.0.2 (ISC)
// redistributes it (countries-50m.json, Natural Earth 4.1.0), read with topojson-client 3.1.0 (ISC). Run once, by hand,
// when the map is to change; its output is committed and the portal never fetches anything:
//
//   npm install world-atlas@2.0.2 topojson-client@3.1.0
//   node derive-mali-map.mjs node_modules > ../resources/org/kafo/web/observatory/mali-map.json
//
// Projection: plate carrée with its horizontal scale corrected at 17°N (the middle of Mali), 20 units per degree of
// latitude. Mali is drawn whole; its neighbours are clipped to the frame (a border for context, their name beside it).
import { readFileSync } from "node:fs";
import { feature } from "topojson-client";

const modules = process.argv[2] ?? "node_modules";
const world = JSON.parse(readFileSync(`${modules}/world-atlas/countries-50m.json`, "utf8"));
const countries = feature(world, world.objects.countries).features;

const frame = { west: -13.5, east: 5.5, south: 9.5, north: 25.5 };
const scale = 20;
const cosLat = Math.cos((17 * Math.PI) / 180);
const width = round((frame.east - frame.west) * scale * cosLat);
const height = round((frame.north - frame.south) * scale);
const project = ([lon, lat]) => [(lon - frame.west) * scale * cosLat, (frame.north - lat) * scale];

function round(v) {
  return Math.round(v * 10) / 10;
}

// Douglas–Peucker: drops the points that move the line by less than a tenth of a unit.
function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const [a, b] = [points[0], points[points.length - 1]];
  let worst = 0, index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distance(points[i], a, b);
    if (d > worst) { worst = d; index = i; }
  }
  if (worst <= tolerance) return [a, b];
  return simplify(points.slice(0, index + 1), tolerance).slice(0, -1).concat(simplify(points.slice(index), tolerance));
}

function distance(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

// Sutherland–Hodgman: a ring clipped to the frame, in projected units.
function clip(ring) {
  const edges = [
    [(p) => p[0] >= 0, (p, q) => cut(p, q, 0, 0)],
    [(p) => p[0] <= width, (p, q) => cut(p, q, 0, width)],
    [(p) => p[1] >= 0, (p, q) => cut(p, q, 1, 0)],
    [(p) => p[1] <= height, (p, q) => cut(p, q, 1, height)],
  ];
  let out = ring;
  for (const [inside, intersect] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const [p, q] = [input[i], input[(i + 1) % input.length]];
      if (inside(q)) {
        if (!inside(p)) out.push(intersect(p, q));
        out.push(q);
      } else if (inside(p)) {
        out.push(intersect(p, q));
      }
    }
    if (out.length === 0) break;
  }
  return out;
}

function cut(p, q, axis, value) {
  const t = (value - p[axis]) / (q[axis] - p[axis]);
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

function path(geometry, clipped) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const parts = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let points = ring.map(project);
      if (clipped) points = clip(points);
      points = simplify(points, 0.35).map(([x, y]) => [round(x), round(y)]);
      if (points.length < 3) continue;
      parts.push("M" + points.map(([x, y]) => `${x} ${y}`).join("L") + "Z");
    }
  }
  return parts.join("");
}

const byId = (id) => countries.find((c) => c.id === id);
const neighbours = [
  ["012", "Algérie", 5.3, 24.6, "end"], ["478", "Mauritanie", -11.2, 20.5, "middle"], ["686", "Sénégal", -13.4, 13.0, "start"],
  ["324", "Guinée", -11.5, 10.4, "middle"], ["384", "Côte d'Ivoire", -6.8, 9.9, "middle"],
  ["854", "Burkina Faso", -1.2, 12.4, "middle"], ["562", "Niger", 5.3, 13.6, "end"],
].map(([id, name, lon, lat, anchor]) => {
  const [x, y] = project([lon, lat]);
  return { name, path: path(byId(id).geometry, true), labelX: round(x), labelY: round(y), anchor };
});

process.stdout.write(JSON.stringify({
  source: "Natural Earth 4.1.0 (domaine public), redistribué par le paquet npm world-atlas 2.0.2 (ISC) : countries-50m.json",
  derivedBy: "portal-web/src/main/map/derive-mali-map.mjs",
  projection: { west: frame.west, north: frame.north, scale, cosLat: Math.round(cosLat * 1e6) / 1e6 },
  width, height,
  mali: path(byId("466").geometry, false),
  neighbours,
}, null, 1) + "\n");
