import { createHash } from "node:crypto";

const OPENERS = [
  "Here is how I would approach it.",
  "Good question — let me break it down.",
  "Short answer first, then the details.",
  "Let's think about this step by step.",
];
const POINTS = [
  "Start from what you already know and name the one thing that is uncertain.",
  "Write the smallest version that works, then measure before improving it.",
  "Keep the parts that change together in one place.",
  "Prefer a plain, boring solution that you can explain to a colleague.",
  "Check the edge cases: empty input, very large input and repeated input.",
  "Decide what done looks like before you start.",
  "A quick sketch on paper often saves an hour at the keyboard.",
  "When two options look equal, pick the one that is easier to undo.",
];

/** Deterministic: the same model, instructions and prompt always give the same answer. */
export function localAnswer(model: string, prompt: string, system?: string) {
  const digest = createHash("sha256")
    .update(`${model}\n${system ?? ""}\n${prompt}`)
    .digest();
  const pick = <T>(list: readonly T[], byte: number) => list[digest[byte]! % list.length]!;
  const topic = prompt.trim().replace(/\s+/g, " ").slice(0, 80);
  const points = [pick(POINTS, 1), pick(POINTS, 2), pick(POINTS, 3)].filter(
    (point, i, all) => all.indexOf(point) === i,
  );
  const lines = [
    `${pick(OPENERS, 0)} You asked about **${topic}**.`,
    "",
    ...points.map((point, i) => `${i + 1}. ${point}`),
  ];
  if (/\bcode\b|function|typescript|javascript/i.test(prompt)) {
    lines.push(
      "",
      "```ts",
      `export function answer(question: string) {`,
      `  return question.trim().length > 0;`,
      `}`,
      "```",
    );
  }
  if (system) lines.push("", `_Following your agent's instructions: ${system.slice(0, 80)}_`);
  lines.push("", `_Answered by the built-in ${model} model, running locally without an API key._`);
  return lines.join("\n");
}
