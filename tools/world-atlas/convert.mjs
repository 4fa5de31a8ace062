// Converts Natural Earth's country boundaries, as packaged by the npm module world-atlas 2.0.2
// (TopoJSON, ids ISO 3166-1 numeric = M49), into the resource the report draws its maps from:
//   reports/src/main/resources/org/sdg16/reports/map/countries.json
// Run once, when the boundaries change: npm ci && npm run convert
//
// - "countries": every 1:110m country but Antarctica, as rings of longitude/latitude pairs (degrees,
//   2 decimals: the 1:110m scale draws nothing finer; a ring across the antimeridian goes beyond
//   ±180° rather than jumping across the map);
// - "dots": the countries and territories that only the 1:50m boundaries hold (Singapore, Malta,
//   small island states), as one point each, the centre of their largest polygon's bounding box, so
//   that a map can show them as a dot.
// Features without an id (N. Cyprus, Somaliland, Kosovo) are drawn as land without data.
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const load = (f) => JSON.parse(readFileSync(new URL(`node_modules/world-atlas/${f}`, import.meta.url)));
const r2 = (v) => Math.round(v * 100) / 100;
const polygons = (g) => (g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []);

// world-atlas stitches polygons across the antimeridian (Russia's Chukotka, Fiji): such a ring jumps
// from 180° to -180°. Its longitudes are made continuous instead (170° … 190°), and the report draws
// a ring that leaves [-180°, 180°] a second time, shifted by 360°, clipped to the world's outline.
const unwrap = (ring) => {
  const out = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    if (i > 0) {
      const d = ring[i][0] + shift - out[i - 1][0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  return out;
};

const w110 = load("countries-110m.json");
const w50 = load("countries-50m.json");
const countries = [];
for (const f of feature(w110, w110.objects.countries).features) {
  if (f.id === "010") continue; // Antarctica: no data, a third of the map's height
  const rings = polygons(f.geometry).flatMap((p) => p.map((ring) => unwrap(ring).flatMap(([x, y]) => [r2(x), r2(y)])));
  countries.push({ id: f.id === undefined ? null : Number(f.id), rings });
}
const drawn = new Set(countries.map((c) => c.id));
const dots = [];
for (const f of feature(w50, w50.objects.countries).features) {
  if (f.id === undefined || drawn.has(Number(f.id)) || f.id === "010") continue;
  let best = null;
  for (const p of polygons(f.geometry)) {
    const xs = p[0].map((c) => c[0]), ys = p[0].map((c) => c[1]);
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    const area = (box[2] - box[0]) * (box[3] - box[1]);
    if (best === null || area > best.area) best = { area, box };
  }
  dots.push({ id: Number(f.id), lon: r2((best.box[0] + best.box[2]) / 2), lat: r2((best.box[1] + best.box[3]) / 2) });
}
dots.sort((a, b) => a.id - b.id);
const out = {
  source: "Natural Earth 1:110m and 1:50m admin 0 countries (public domain), via the npm package world-atlas 2.0.2 (ISC licence, Michael Bostock)",
  disclaimer: "The boundaries shown on this map do not imply official endorsement or acceptance by the United Nations.",
  countries,
  dots,
};
const target = new URL("../../reports/src/main/resources/org/sdg16/reports/map/countries.json", import.meta.url);
writeFileSync(target, JSON.stringify(out) + "\n");
console.log(`${countries.length} countries, ${dots.length} dots -> ${target.pathname}`);
