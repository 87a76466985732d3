// Colour arithmetic for the accessibility tests: WCAG contrast, and how a
// colour looks under deuteranopia and protanopia (Machado, Oliveira and
// Fernandes 2009, severity 1.0, applied in linear RGB), compared in CIELAB.

function channel(c) {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** '#rrggbb' or 'rgb(r, g, b)' → [r, g, b] in 0..255. */
export function parse(colour) {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return hex.slice(1).map((h) => parseInt(h, 16));
  const rgb = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(colour);
  if (rgb) return rgb.slice(1, 4).map(Number);
  throw new Error(`colour: cannot read ${colour}`);
}

export function luminance(colour) {
  const [r, g, b] = parse(colour).map(channel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const MATRICES = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
};
export const VISIONS = Object.keys(MATRICES);

/** CIELAB (D65) of `colour` as seen with `vision`. */
export function lab(colour, vision = 'normal') {
  const lin = parse(colour).map(channel);
  const m = MATRICES[vision];
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])));
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference of two colours as seen with `vision`. */
export function deltaE(a, b, vision = 'normal') {
  const [p, q] = [lab(a, vision), lab(b, vision)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
