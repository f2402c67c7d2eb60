// Cover illustrations for the demo catalogue, drawn here (no stock images): a soft gradient with a few
// flat shapes per theme, written as PNG with node:zlib. Every picture is ours to ship.
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
/** A shape answers how much of a pixel it covers (0..1) at a point, for 4× supersampling. */
export type Shape = { colour: Rgb; alpha?: number; inside: (x: number, y: number) => boolean };

export const width = 640;
export const height = 360;

const hex = (value: string): Rgb => [
  Number.parseInt(value.slice(1, 3), 16),
  Number.parseInt(value.slice(3, 5), 16),
  Number.parseInt(value.slice(5, 7), 16),
];

export const circle = (cx: number, cy: number, r: number, colour: string, alpha = 1): Shape => ({
  colour: hex(colour),
  alpha,
  inside: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r,
});
export const ring = (cx: number, cy: number, r: number, thickness: number, colour: string): Shape => ({
  colour: hex(colour),
  inside: (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return d <= r && d >= r - thickness;
  },
});
export const rect = (
  x0: number,
  y0: number,
  w: number,
  h: number,
  colour: string,
  radius = 0,
  alpha = 1,
): Shape => ({
  colour: hex(colour),
  alpha,
  inside: (x, y) => {
    if (x < x0 || x > x0 + w || y < y0 || y > y0 + h) return false;
    const rx = Math.min(radius, w / 2, h / 2);
    const cx = Math.max(x0 + rx, Math.min(x, x0 + w - rx));
    const cy = Math.max(y0 + rx, Math.min(y, y0 + h - rx));
    return (x - cx) ** 2 + (y - cy) ** 2 <= rx * rx;
  },
});
export const triangle = (points: [number, number][], colour: string, alpha = 1): Shape => {
  const [a, b, c] = points as [[number, number], [number, number], [number, number]];
  const side = (p: [number, number], q: [number, number], x: number, y: number) =>
    (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  return {
    colour: hex(colour),
    alpha,
    inside: (x, y) => {
      const s1 = side(a, b, x, y);
      const s2 = side(b, c, x, y);
      const s3 = side(c, a, x, y);
      return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
    },
  };
};
/** A water drop: a circle with a point on top. */
export const drop = (cx: number, cy: number, r: number, colour: string): Shape[] => [
  circle(cx, cy, r, colour),
  triangle(
    [
      [cx - r * 0.92, cy - r * 0.38],
      [cx + r * 0.92, cy - r * 0.38],
      [cx, cy - r * 2.1],
    ],
    colour,
  ),
];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer) {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Paints a top-to-bottom gradient and the shapes in order (later on top), 2×2 samples a pixel. */
export function paint(top: string, bottom: string, shapes: Shape[], size = { width, height }): Buffer {
  const [t, b] = [hex(top), hex(bottom)];
  const stride = size.width * 3 + 1;
  const raw = Buffer.alloc(stride * size.height);
  const offsets = [0.25, 0.75];
  for (let y = 0; y < size.height; y++) {
    raw[y * stride] = 0; // filter: none
    const f = y / (size.height - 1);
    const background: Rgb = [t[0] + (b[0] - t[0]) * f, t[1] + (b[1] - t[1]) * f, t[2] + (b[2] - t[2]) * f];
    for (let x = 0; x < size.width; x++) {
      let [r, g, bl] = [0, 0, 0];
      for (const oy of offsets)
        for (const ox of offsets) {
          let [sr, sg, sb] = background;
          for (const shape of shapes)
            if (shape.inside(x + ox, y + oy)) {
              const a = shape.alpha ?? 1;
              const [cr, cg, cb] = shape.colour;
              sr = sr * (1 - a) + cr * a;
              sg = sg * (1 - a) + cg * a;
              sb = sb * (1 - a) + cb * a;
            }
          r += sr / 4;
          g += sg / 4;
          bl += sb / 4;
        }
      const pixel: Rgb = [r, g, bl];
      const at = y * stride + 1 + x * 3;
      raw[at] = Math.round(pixel[0]);
      raw[at + 1] = Math.round(pixel[1]);
      raw[at + 2] = Math.round(pixel[2]);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size.width, 0);
  header.writeUInt32BE(size.height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
