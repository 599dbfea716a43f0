/**
 * Placeholder artwork for demo products and cooperatives: self-contained SVG
 * (no fonts, images or network), drawn per category. Colours and small shape
 * variations come from a hash of `seed`, so every product looks different and
 * the same seed always gives the same picture.
 */

export interface ProductArtInput {
  categorySlug: string;
  seed: string;
  labelZh: string;
  labelEn: string;
}

const FONT = "'Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

/** FNV-1a over UTF-16 code units: tiny and stable across platforms. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a deterministic generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Rand {
  next: () => number;
  /** an integer in [min, max] */
  int: (min: number, max: number) => number;
  /** a number in [min, max), rounded to whole units to keep the SVG short */
  range: (min: number, max: number) => number;
}

function rand(seed: string): Rand {
  const next = generator(hashSeed(seed));
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    range: (min, max) => Math.round(min + next() * (max - min)),
  };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** HSL (degrees, percent, percent) to #rrggbb; hex works in every SVG renderer. */
function hsl(h: number, s: number, l: number): string {
  const hue = ((h % 360) + 360) % 360;
  const sat = Math.max(0, Math.min(100, s)) / 100;
  const lig = Math.max(0, Math.min(100, l)) / 100;
  const k = (n: number): number => (n + hue / 30) % 12;
  const a = sat * Math.min(lig, 1 - lig);
  const channel = (n: number): string => {
    const value = lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** A smooth ridge line from left to right, closed down to `bottom`. */
function ridge(
  r: Rand,
  width: number,
  base: number,
  amplitude: number,
  bottom: number,
  steps: number,
): string {
  const points: [number, number][] = [];
  for (let i = 0; i <= steps; i++)
    points.push([Math.round((width * i) / steps), r.range(base - amplitude, base + amplitude)]);
  let d = `M0 ${points[0][1]}`;
  for (let i = 1; i < points.length; i++) {
    const [px, py] = points[i - 1];
    const [x, y] = points[i];
    const mx = Math.round((px + x) / 2);
    d += ` C${mx} ${py} ${mx} ${y} ${x} ${y}`;
  }
  return `${d} L${width} ${bottom} L0 ${bottom}Z`;
}

function gradient(id: string, top: string, bottom: string): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;
}

interface Scene {
  defs: string;
  body: string;
  /** colour of the label band and of the text on it */
  band: string;
  ink: string;
}

type Painter = (r: Rand, id: string, hueShift: number, input: ProductArtInput) => Scene;

const tea: Painter = (r, id, shift) => {
  const hue = 95 + shift;
  let body = `<rect width="800" height="800" fill="url(#${id}s)"/><circle cx="${r.range(520, 700)}" cy="${r.range(90, 160)}" r="${r.range(40, 60)}" fill="#fff6d8" opacity=".8"/>`;
  // Three hills, each with rows of clipped tea bushes drawn as a dashed stroke.
  for (let i = 0; i < 3; i++) {
    const base = 250 + i * 110;
    body += `<path d="${ridge(r, 800, base, 40, 620, 4)}" fill="${hsl(hue + i * 6, 40 + i * 8, 62 - i * 12)}"/>`;
    for (let row = 0; row < 2; row++) {
      const y = base + 40 + row * 34;
      body += `<path d="M-20 ${y + r.range(-10, 10)} Q400 ${y - r.range(10, 40)} 820 ${y + r.range(-10, 10)}" fill="none" stroke="${hsl(hue + 10, 55, 28 - i * 3)}" stroke-width="18" stroke-linecap="round" stroke-dasharray="26 12" opacity=".75"/>`;
    }
  }
  // Two leaves and a bud in the foreground.
  const x = r.range(470, 560);
  const y = r.range(470, 520);
  const leaf = (rot: number, scale: number): string =>
    `<g transform="translate(${x} ${y}) rotate(${rot}) scale(${scale})"><path d="M0 0C60-80 180-80 240 0C180 80 60 80 0 0Z" fill="${hsl(hue + 15, 60, 38)}"/><path d="M0 0L230 0" stroke="${hsl(hue + 20, 50, 70)}" stroke-width="4"/></g>`;
  body += leaf(-r.range(20, 40), 1) + leaf(-r.range(60, 80), 0.8) + leaf(-r.range(100, 120), 0.55);
  return {
    defs: gradient(`${id}s`, hsl(hue + 90, 45, 88), hsl(hue, 40, 80)),
    body,
    band: '#fbfdf6',
    ink: hsl(hue + 10, 50, 20),
  };
};

const fungi: Painter = (r, id, shift) => {
  const hue = 30 + shift / 2;
  let body = `<rect width="800" height="800" fill="url(#${id}s)"/><ellipse cx="400" cy="600" rx="420" ry="90" fill="${hsl(hue, 30, 22)}"/>`;
  const count = r.int(3, 5);
  for (let i = 0; i < count; i++) {
    const cx = Math.round(120 + (560 * (i + 0.5)) / count + r.range(-30, 30));
    const h = r.range(170, 330);
    const top = 590 - h;
    const sw = r.range(26, 44);
    const cw = r.range(110, 170);
    const peak = r.range(40, 80);
    // Slender stem, then a cap with the small raised tip of the termite mushroom.
    body += `<path d="M${cx - sw / 2} 600Q${cx - sw} ${top + h / 2} ${cx - sw / 3} ${top}L${cx + sw / 3} ${top}Q${cx + sw} ${top + h / 2} ${cx + sw / 2} 600Z" fill="${hsl(hue + 10, 35, 88)}"/>`;
    body += `<path d="M${cx - cw / 2} ${top + 12}Q${cx - cw / 3} ${top - peak} ${cx} ${top - peak - 12}Q${cx + cw / 3} ${top - peak} ${cx + cw / 2} ${top + 12}Q${cx} ${top - 4} ${cx - cw / 2} ${top + 12}Z" fill="${hsl(hue + r.range(-8, 8), 40, r.range(30, 48))}"/>`;
    body += `<path d="M${cx - cw / 3} ${top + 4}Q${cx} ${top - 8} ${cx + cw / 3} ${top + 4}" stroke="${hsl(hue, 30, 75)}" stroke-width="3" fill="none"/>`;
  }
  return {
    defs: gradient(`${id}s`, hsl(hue + 60, 25, 30), hsl(hue, 35, 50)),
    body,
    band: '#f7f1e8',
    ink: hsl(hue, 45, 18),
  };
};

const silver: Painter = (r, id, shift) => {
  const hue = 225 + shift / 3;
  const ring = r.range(150, 185);
  let body = `<rect width="800" height="800" fill="url(#${id}s)"/>`;
  // The neck ring, a thinner inner ring, and filigree medallions along its lower arc.
  body += `<circle cx="400" cy="230" r="${ring}" fill="none" stroke="url(#${id}m)" stroke-width="${r.range(20, 30)}"/>`;
  body += `<circle cx="400" cy="230" r="${ring - 30}" fill="none" stroke="#c9d0d8" stroke-width="4" stroke-dasharray="2 8" stroke-linecap="round"/>`;
  const beads = r.int(5, 9);
  for (let i = 0; i < beads; i++) {
    const angle = Math.PI * (0.15 + (0.7 * i) / (beads - 1));
    const bx = Math.round(400 + Math.cos(angle) * ring);
    const by = Math.round(230 + Math.sin(angle) * ring);
    body += `<circle cx="${bx}" cy="${by}" r="17" fill="#aab3bd" stroke="#eef2f6" stroke-width="3"/><circle cx="${bx}" cy="${by}" r="7" fill="none" stroke="#eef2f6" stroke-width="2"/>`;
  }
  // The lock pendant with filigree circles, and chains ending in bells.
  const w = r.range(80, 110);
  const top = 230 + ring + 10;
  body += `<path d="M${400 - w} ${top + 20}Q400 ${top - 20} ${400 + w} ${top + 20}Q${400 + w + 20} ${top + 90} 400 ${top + 120}Q${400 - w - 20} ${top + 90} ${400 - w} ${top + 20}Z" fill="url(#${id}m)" stroke="#eef2f6" stroke-width="3"/>`;
  for (let i = -1; i <= 1; i++) {
    body += `<circle cx="${400 + i * 36}" cy="${top + 55}" r="14" fill="none" stroke="#6f7884" stroke-width="3"/><circle cx="${400 + i * 36}" cy="${top + 55}" r="5" fill="#6f7884"/>`;
  }
  const chains = r.int(3, 5);
  for (let i = 0; i < chains; i++) {
    const cx = Math.round(400 - w / 2 + (w * i) / (chains - 1));
    const len = r.range(20, 50);
    body += `<path d="M${cx} ${top + 95}V${top + 110 + len}" stroke="#c9d0d8" stroke-width="2" stroke-dasharray="4 3"/><circle cx="${cx}" cy="${top + 118 + len}" r="8" fill="#dfe4ea"/>`;
  }
  const defs =
    gradient(`${id}s`, hsl(hue, 30, 18), hsl(hue + 20, 25, 34)) +
    `<linearGradient id="${id}m" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f4f6f8"/><stop offset=".5" stop-color="#a7b0ba"/><stop offset="1" stop-color="#e3e7eb"/></linearGradient>`;
  return { defs, body, band: hsl(hue, 25, 12), ink: '#eef2f6' };
};

const rice: Painter = (r, id, shift) => {
  // Either the green of early summer or the gold of harvest.
  const ripe = r.next() < 0.5;
  const hue = (ripe ? 45 : 95) + shift / 3;
  let body = `<rect width="800" height="800" fill="url(#${id}s)"/>`;
  const bands = r.int(6, 8);
  for (let i = 0; i < bands; i++) {
    const base = 170 + (i * 440) / bands;
    body += `<path d="${ridge(r, 800, base, 18, 620, 3)}" fill="${hsl(hue + (i % 2) * 8, 55, 68 - i * 4)}" stroke="${hsl(hue + 120, 40, 85)}" stroke-width="3"/>`;
  }
  // A stalk of grain bending over the terraces.
  const x = r.range(560, 640);
  body += `<path d="M${x} 610Q${x + 20} 380 ${x - 120} 300" fill="none" stroke="${hsl(hue, 50, 30)}" stroke-width="5"/>`;
  for (let i = 0; i < 9; i++) {
    const gx = Math.round(x - 120 + i * 14 + (i * i) / 3);
    const gy = Math.round(300 + i * 16);
    body += `<ellipse cx="${gx - 10}" cy="${gy}" rx="18" ry="8" transform="rotate(-35 ${gx - 10} ${gy})" fill="${hsl(42, 75, 52)}" stroke="${hsl(35, 60, 30)}" stroke-width="2"/>`;
  }
  return {
    defs: gradient(`${id}s`, hsl(200, 50, 88), hsl(hue, 45, 82)),
    body,
    band: '#fffbee',
    ink: hsl(hue, 55, 20),
  };
};

const honey: Painter = (r, id, shift) => {
  const hue = 38 + shift / 4;
  const size = r.range(50, 62);
  const dx = size * 1.5;
  const dy = size * Math.sqrt(3);
  const hex = Array.from({ length: 6 }, (_, k) => {
    const a = (Math.PI / 3) * k;
    return `${Math.round(Math.cos(a) * (size - 4))} ${Math.round(Math.sin(a) * (size - 4))}`;
  }).join('L');
  let body = `<rect width="800" height="800" fill="url(#${id}s)"/>`;
  for (let col = 0; col * dx < 860; col++) {
    for (let row = 0; row * dy < 640; row++) {
      if (r.next() < 0.22) continue; // open gaps make the comb look hand-cut
      const x = Math.round(col * dx);
      const y = Math.round(row * dy + (col % 2) * (dy / 2));
      const light = r.range(38, 62);
      body += `<use href="#${id}h" x="${x}" y="${y}" fill="${hsl(hue + r.range(-6, 6), 85, light)}"/>`;
    }
  }
  const dropX = r.range(250, 550);
  body += `<path d="M${dropX} 380Q${dropX + 40} 470 ${dropX} 500Q${dropX - 40} 470 ${dropX} 380Z" fill="${hsl(hue - 4, 90, 45)}" stroke="#fff4d6" stroke-width="4"/>`;
  const defs =
    gradient(`${id}s`, hsl(hue - 10, 70, 30), hsl(hue, 80, 45)) +
    `<path id="${id}h" d="M${hex}Z" stroke="${hsl(hue - 8, 70, 28)}" stroke-width="5"/>`;
  return { defs, body, band: '#fff8e6', ink: hsl(hue - 10, 80, 20) };
};

const batik: Painter = (r, id, shift) => {
  const hue = 222 + shift / 4;
  const wax = '#eaf0f8';
  let body = `<rect width="800" height="800" fill="url(#${id}s)"/>`;
  // Crackle lines where the wax broke and the indigo crept in.
  const cracks = r.int(5, 8);
  for (let i = 0; i < cracks; i++) {
    body += `<path d="M${r.range(0, 800)} ${r.range(0, 600)}l${r.range(-120, 120)} ${r.range(-80, 80)}l${r.range(-90, 90)} ${r.range(-90, 90)}" stroke="${hsl(hue, 40, 55)}" stroke-width="2" fill="none" opacity=".6"/>`;
  }
  // The bronze-drum sun in the middle: rings, rays and a circle of dots.
  const cx = 400;
  const cy = r.range(280, 320);
  const rays = r.int(8, 14);
  let star = '';
  for (let i = 0; i < rays * 2; i++) {
    const a = (Math.PI * i) / rays;
    const rad = i % 2 === 0 ? 120 : 55;
    star += `${i === 0 ? 'M' : 'L'}${Math.round(cx + Math.cos(a) * rad)} ${Math.round(cy + Math.sin(a) * rad)}`;
  }
  body += `<circle cx="${cx}" cy="${cy}" r="230" fill="none" stroke="${wax}" stroke-width="10"/><circle cx="${cx}" cy="${cy}" r="200" fill="none" stroke="${wax}" stroke-width="3" stroke-dasharray="14 10"/>`;
  body += `<path d="${star}Z" fill="${wax}"/><circle cx="${cx}" cy="${cy}" r="30" fill="${hsl(hue, 55, 25)}"/>`;
  const dots = r.int(14, 22);
  for (let i = 0; i < dots; i++) {
    const a = (2 * Math.PI * i) / dots;
    body += `<circle cx="${Math.round(cx + Math.cos(a) * 165)}" cy="${Math.round(cy + Math.sin(a) * 165)}" r="${r.int(6, 10)}" fill="${wax}"/>`;
  }
  // Spirals in the four corners.
  for (const [sx, sy] of [
    [90, 90],
    [710, 90],
    [90, 540],
    [710, 540],
  ]) {
    body += `<path d="M${sx} ${sy}m-8 0a8 8 0 1 1 16 0a16 16 0 1 1-32 0a24 24 0 1 1 48 0a32 32 0 1 1-64 0" fill="none" stroke="${wax}" stroke-width="6"/>`;
  }
  return {
    defs: gradient(`${id}s`, hsl(hue, 60, 22), hsl(hue + 8, 55, 32)),
    body,
    band: wax,
    ink: hsl(hue, 60, 20),
  };
};

const fallback: Painter = (r, id, shift, input) => {
  // One palette per unknown category, so its products still look like a family.
  const hue = (hashSeed(input.categorySlug) % 360) + shift / 2;
  let body = `<rect width="800" height="800" fill="url(#${id}s)"/><circle cx="${r.range(180, 620)}" cy="${r.range(140, 220)}" r="${r.range(50, 80)}" fill="#fff" opacity=".55"/>`;
  for (let i = 0; i < 3; i++) {
    body += `<path d="${ridge(r, 800, 330 + i * 90, 50, 620, 5)}" fill="${hsl(hue + i * 12, 35, 60 - i * 12)}"/>`;
  }
  // A round seal with the first character of the name, like a maker's stamp.
  const first = [...input.labelZh][0] ?? '';
  const sx = r.range(560, 660);
  body += `<circle cx="${sx}" cy="470" r="82" fill="${hsl(hue + 180, 55, 42)}" stroke="#fff" stroke-width="6"/><text x="${sx}" y="500" font-size="88" font-weight="700" fill="#fff" text-anchor="middle">${escapeXml(first)}</text>`;
  return {
    defs: gradient(`${id}s`, hsl(hue + 180, 35, 88), hsl(hue, 35, 75)),
    body,
    band: '#fbfaf7',
    ink: hsl(hue, 40, 20),
  };
};

const PAINTERS: Record<string, Painter> = { tea, fungi, silver, rice, honey, batik };

/** A label as large as `maxSize` allows, shrunk to fit `maxWidth` (estimated from glyph count). */
function labelText(
  x: number,
  y: number,
  text: string,
  maxSize: number,
  minSize: number,
  widthPerSize: number,
  maxWidth: number,
  fill: string,
  weight: number,
  anchor: string,
): string {
  const length = Math.max(1, [...text].length);
  const size = Math.max(minSize, Math.min(maxSize, Math.floor(maxWidth / (length * widthPerSize))));
  // Past the minimum size, squeeze the glyphs rather than run off the edge.
  const fit =
    size * length * widthPerSize > maxWidth
      ? ` textLength="${maxWidth}" lengthAdjust="spacingAndGlyphs"`
      : '';
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}"${fit}>${escapeXml(text)}</text>`;
}

/** An 800×800 product picture for its category; unknown categories get a hillside. */
export function productArtSvg(input: ProductArtInput): string {
  const seed = `${input.categorySlug}:${input.seed}`;
  const r = rand(seed);
  const id = `a${hashSeed(seed).toString(36)}`;
  const paint = PAINTERS[input.categorySlug] ?? fallback;
  const scene = paint(r, id, r.range(-30, 30), input);
  const labels =
    `<rect y="620" width="800" height="180" fill="${scene.band}" opacity=".92"/>` +
    labelText(400, 705, input.labelZh, 72, 34, 1, 720, scene.ink, 700, 'middle') +
    labelText(400, 760, input.labelEn, 30, 16, 0.55, 740, scene.ink, 400, 'middle');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800" font-family="${FONT}" role="img" aria-label="${escapeXml(input.labelZh)}">` +
    `<defs>${scene.defs}</defs>${scene.body}${labels}</svg>`
  );
}

/** A 1200×400 banner of Huangping's layered hills, a river and a few stilt houses. */
export function cooperativeArtSvg(seed: string, labelZh: string, labelEn: string): string {
  const r = rand(`cooperative:${seed}`);
  const id = `c${hashSeed(`cooperative:${seed}`).toString(36)}`;
  const hue = 150 + r.range(-25, 25);
  let body = `<rect width="1200" height="400" fill="url(#${id}s)"/><circle cx="${r.range(700, 1100)}" cy="${r.range(70, 120)}" r="${r.range(30, 45)}" fill="#fff3cf" opacity=".9"/>`;
  // Far hills are pale and blue, near hills dark green: aerial perspective.
  for (let i = 0; i < 4; i++) {
    body += `<path d="${ridge(r, 1200, 150 + i * 55, 45 - i * 5, 400, 6 + i)}" fill="${hsl(hue + 40 - i * 14, 20 + i * 10, 74 - i * 13)}"/>`;
  }
  body += `<path d="M-10 ${r.range(340, 370)}C300 ${r.range(300, 340)} 600 ${r.range(380, 400)} 1210 ${r.range(330, 360)}" fill="none" stroke="${hsl(200, 55, 78)}" stroke-width="${r.range(14, 22)}" stroke-linecap="round" opacity=".85"/>`;
  const houses = r.int(2, 4);
  for (let i = 0; i < houses; i++) {
    const x = r.range(560, 1100);
    const y = r.range(270, 310);
    body += `<path d="M${x} ${y}h46v-30h-46zM${x - 8} ${y - 30}l31-22 31 22z" fill="${hsl(25, 35, 30)}"/><path d="M${x + 6} ${y}v16M${x + 40} ${y}v16" stroke="${hsl(25, 35, 30)}" stroke-width="4"/>`;
  }
  const labels =
    `<rect x="0" y="280" width="560" height="120" fill="#ffffff" opacity=".85"/>` +
    labelText(36, 340, labelZh, 52, 26, 1, 500, hsl(hue, 45, 18), 700, 'start') +
    labelText(36, 378, labelEn, 24, 14, 0.55, 500, hsl(hue, 30, 25), 400, 'start');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 400" width="1200" height="400" font-family="${FONT}" role="img" aria-label="${escapeXml(labelZh)}">` +
    `<defs>${gradient(`${id}s`, hsl(hue + 50, 45, 86), hsl(hue + 20, 35, 92))}</defs>${body}${labels}</svg>`
  );
}
