import { randomFrom } from "./seed";

const PALETTES = [
  ["#0f172a", "#6366f1", "#22d3ee", "#f472b6", "#fde68a"],
  ["#1c1917", "#f97316", "#facc15", "#84cc16", "#f5f5f4"],
  ["#042f2e", "#14b8a6", "#a7f3d0", "#f59e0b", "#ecfeff"],
  ["#1e1b4b", "#a855f7", "#ec4899", "#f43f5e", "#fef3c7"],
];

function escapeXml(text: string) {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The built-in image model: deterministic generative art (an SVG at exactly the requested size),
 * composed from the prompt and model, so the same request always draws the same picture.
 */
export function renderLocalImage({
  model,
  prompt,
  width,
  height,
}: {
  model: string;
  prompt: string;
  width: number;
  height: number;
}) {
  const next = randomFrom(`${model}\n${prompt}`);
  const palette = PALETTES[Math.floor(next() * PALETTES.length)]!;
  const color = () => palette[1 + Math.floor(next() * (palette.length - 1))]!;
  const shapes: string[] = [];
  const count = 18 + Math.floor(next() * 18);
  for (let i = 0; i < count; i += 1) {
    const x = Math.round(next() * width);
    const y = Math.round(next() * height);
    const size = Math.round((0.04 + next() * 0.22) * Math.min(width, height));
    const opacity = (0.25 + next() * 0.6).toFixed(2);
    if (next() < 0.55)
      shapes.push(`<circle cx="${x}" cy="${y}" r="${size}" fill="${color()}" fill-opacity="${opacity}"/>`);
    else {
      const angle = Math.round(next() * 180);
      shapes.push(
        `<rect x="${x - size}" y="${y - size / 2}" width="${size * 2}" height="${size}" rx="${Math.round(size / 4)}" fill="${color()}" fill-opacity="${opacity}" transform="rotate(${angle} ${x} ${y})"/>`,
      );
    }
  }
  const caption = escapeXml(prompt.slice(0, 60));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${caption}</title>`,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${palette[0]}"/><stop offset="1" stop-color="${color()}" stop-opacity="0.6"/></linearGradient></defs>`,
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
    ...shapes,
    "</svg>",
  ].join("");
  return { mimeType: "image/svg+xml", data: new TextEncoder().encode(svg) };
}
