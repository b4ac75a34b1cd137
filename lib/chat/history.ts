/**
 * How much of a conversation is sent along with a new message: the newest turns first, until this many
 * UTF-8 bytes (about 12,000 tokens). A turn that does not fit ends the history, so the provider always
 * sees a contiguous recent stretch, and one huge earlier answer cannot make every later turn expensive.
 */
export const HISTORY_BYTES = 48_000;

export function historyWithin<T extends { content: string }>(turns: readonly T[], budget = HISTORY_BYTES): T[] {
  const kept: T[] = [];
  let used = 0;
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const size = Buffer.byteLength(turns[index]!.content, "utf8");
    if (used + size > budget) break;
    used += size;
    kept.unshift(turns[index]!);
  }
  return kept;
}
