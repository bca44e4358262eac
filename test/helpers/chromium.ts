// Headless Chromium (Debian's package) for tests of the printable handouts, and
// a small PNG reader so a screenshot can be checked pixel by pixel.
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { inflateSync } from "node:zlib";

function findChromium(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter).concat("/usr/bin")) {
    for (const name of ["chromium", "chromium-browser"]) {
      const file = join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export const CHROMIUM = findChromium();
export const hasChromium = CHROMIUM !== undefined;

/** The machine (and CI) has no network: nothing that would phone home. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--hide-scrollbars",
];

export interface ChromiumRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs headless Chromium once with a fresh profile, killed after 30 seconds. */
export function chromium(args: string[], timeoutMs = 30_000): ChromiumRun {
  if (!CHROMIUM) throw new Error("chromium is not installed");
  const profile = mkdtempSync(join(tmpdir(), "medsec-chromium-"));
  try {
    const r = spawnSync(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, ...args], {
      encoding: "utf8",
      timeout: timeoutMs,
      killSignal: "SIGKILL",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface Png {
  width: number;
  height: number;
  /** Bytes per pixel: 3 (RGB) or 4 (RGBA). */
  channels: 3 | 4;
  /** Unfiltered pixel rows, one after another. */
  pixels: Buffer;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes). */
export function decodePng(data: Buffer): Png {
  if (!data.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("not a PNG");
  let width = 0;
  let height = 0;
  let channels: 3 | 4 = 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at);
    const type = data.toString("latin1", at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    at += 12 + length;
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      const colour = body[9];
      const interlace = body[12];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === "IDAT") {
      idat.push(body);
    } else if (type === "IEND") {
      break;
    }
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    const up = (x: number) => (y > 0 ? pixels[out - stride + x]! : 0);
    const left = (x: number) => (x >= channels ? pixels[out + x - channels]! : 0);
    const upLeft = (x: number) => (y > 0 && x >= channels ? pixels[out - stride + x - channels]! : 0);
    for (let x = 0; x < stride; x++) {
      const v = line[x]!;
      let p: number;
      switch (filter) {
        case 0:
          p = v;
          break;
        case 1:
          p = v + left(x);
          break;
        case 2:
          p = v + up(x);
          break;
        case 3:
          p = v + ((left(x) + up(x)) >> 1);
          break;
        case 4: {
          const a = left(x);
          const b = up(x);
          const c = upLeft(x);
          const pa = Math.abs(b - c);
          const pb = Math.abs(a - c);
          const pc = Math.abs(a + b - 2 * c);
          p = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default:
          throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      pixels[out + x] = p & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Share of pixels (0 to 1) within `tolerance` of a colour on every channel. */
export function shareOfColour(png: Png, hex: string, tolerance = 8): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.replace("#", "").slice(i - 1, i + 1), 16)) as [number, number, number];
  let hits = 0;
  for (let i = 0; i < png.pixels.length; i += png.channels) {
    if (Math.abs(png.pixels[i]! - r) <= tolerance && Math.abs(png.pixels[i + 1]! - g) <= tolerance && Math.abs(png.pixels[i + 2]! - b) <= tolerance) hits++;
  }
  return hits / (png.width * png.height);
}

/** Share of pixels (0 to 1) that are not white (any channel below 250). */
export function shareNotWhite(png: Png): number {
  let hits = 0;
  for (let i = 0; i < png.pixels.length; i += png.channels) {
    if (png.pixels[i]! < 250 || png.pixels[i + 1]! < 250 || png.pixels[i + 2]! < 250) hits++;
  }
  return hits / (png.width * png.height);
}
