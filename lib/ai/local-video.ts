import * as gifenc from "gifenc";

// gifenc ships ESM (bundlers, Vitest) and CommonJS whose exports Node cannot name statically (tsx).
const GIFEncoder = gifenc.GIFEncoder ?? gifenc.default!.GIFEncoder;
import { randomFrom } from "./seed";

const FRAMES_PER_SECOND = 6;

/**
 * The built-in video model: a real, playable animated GIF at the requested resolution and length —
 * coloured orbs drifting over a gradient, chosen deterministically from the prompt.
 */
export function renderLocalVideo({
  model,
  prompt,
  width,
  height,
  seconds,
}: {
  model: string;
  prompt: string;
  width: number;
  height: number;
  seconds: number;
}) {
  const next = randomFrom(`${model}\n${prompt}`);
  const hue = next() * 360;
  const palette: number[][] = [];
  for (let i = 0; i < 256; i += 1) {
    // 0–127: background gradient; 128–255: orb colours
    const t = (i % 128) / 127;
    const h = i < 128 ? hue : (hue + 120 + t * 120) % 360;
    palette.push(hslToRgb(h, i < 128 ? 0.55 : 0.75, i < 128 ? 0.12 + t * 0.3 : 0.45 + t * 0.2));
  }
  const orbs = Array.from({ length: 5 }, () => ({
    x: next() * width,
    y: next() * height,
    r: (0.08 + next() * 0.12) * Math.min(width, height),
    dx: (next() - 0.5) * width * 0.25,
    dy: (next() - 0.5) * height * 0.25,
    shade: 128 + Math.floor(next() * 127),
  }));
  const encoder = GIFEncoder();
  const frames = seconds * FRAMES_PER_SECOND;
  const pixels = new Uint8Array(width * height);
  for (let frame = 0; frame < frames; frame += 1) {
    const phase = frame / frames;
    for (let y = 0; y < height; y += 1) pixels.fill(Math.floor((y / height) * 127), y * width, (y + 1) * width);
    for (const orb of orbs) {
      const cx = orb.x + Math.sin(phase * Math.PI * 2) * orb.dx;
      const cy = orb.y + Math.cos(phase * Math.PI * 2) * orb.dy;
      const r2 = orb.r * orb.r;
      for (let y = Math.max(0, Math.floor(cy - orb.r)); y < Math.min(height, Math.ceil(cy + orb.r)); y += 1) {
        const span = Math.sqrt(Math.max(0, r2 - (y - cy) ** 2));
        pixels.fill(
          orb.shade,
          y * width + Math.max(0, Math.floor(cx - span)),
          y * width + Math.min(width, Math.ceil(cx + span)),
        );
      }
    }
    encoder.writeFrame(pixels, width, height, {
      palette: frame === 0 ? palette : undefined,
      delay: 1000 / FRAMES_PER_SECOND,
      repeat: 0,
    });
  }
  encoder.finish();
  return { mimeType: "image/gif", data: encoder.bytes() };
}

function hslToRgb(h: number, s: number, l: number) {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}
