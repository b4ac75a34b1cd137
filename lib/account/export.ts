import "server-only";
import { db } from "@/lib/db";

const PAGE = 200;

/** Rows of one kind, a page at a time by id (keyset), so a heavy account is never in memory at once. */
async function* pages<T extends { id: string }>(read: (cursor: string | undefined) => Promise<T[]>) {
  let cursor: string | undefined;
  for (;;) {
    const rows = await read(cursor);
    if (rows.length === 0) return;
    yield rows;
    cursor = rows.at(-1)!.id;
    if (rows.length < PAGE) return;
  }
}

const after = (cursor: string | undefined) => (cursor ? { id: { gt: cursor } } : {});

/**
 * Everything Tally keeps about the person, as one JSON document streamed as the client reads: profile,
 * conversations with their messages, agents, council runs with answers, media (metadata; the files are
 * on the Images and Video pages), usage events and ledger entries. Each section is read in pages.
 */
export function accountExport({
  userId,
  now = new Date(),
}: {
  userId: string;
  now?: Date;
}): ReadableStream<Uint8Array> {
  const where = (cursor: string | undefined) => ({ userId, ...after(cursor) });
  const order = { id: "asc" } as const;
  const sections: [string, () => AsyncGenerator<unknown[]>][] = [
    [
      "conversations",
      () =>
        pages((cursor) =>
          db().conversation.findMany({
            where: where(cursor),
            orderBy: order,
            take: PAGE,
            include: { messages: { orderBy: { createdAt: "asc" }, omit: { conversationId: true } } },
            omit: { userId: true },
          }),
        ),
    ],
    [
      "agents",
      () =>
        pages((cursor) =>
          db().agent.findMany({ where: where(cursor), orderBy: order, take: PAGE, omit: { userId: true } }),
        ),
    ],
    [
      "councilRuns",
      () =>
        pages((cursor) =>
          db().councilRun.findMany({
            where: where(cursor),
            orderBy: order,
            take: PAGE,
            include: { answers: { omit: { runId: true } } },
            omit: { userId: true },
          }),
        ),
    ],
    [
      "media",
      () =>
        pages((cursor) =>
          db().media.findMany({
            where: where(cursor),
            orderBy: order,
            take: PAGE,
            omit: { userId: true, data: true, poster: true },
          }),
        ),
    ],
    [
      "usage",
      () =>
        pages((cursor) =>
          db().usageEvent.findMany({ where: where(cursor), orderBy: order, take: PAGE, omit: { userId: true } }),
        ),
    ],
    [
      "ledger",
      () =>
        pages((cursor) =>
          db().ledgerEntry.findMany({ where: where(cursor), orderBy: order, take: PAGE, omit: { userId: true } }),
        ),
    ],
  ];
  const encoder = new TextEncoder();
  async function* document() {
    const profile = await db().user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        name: true,
        timeZone: true,
        plan: true,
        createdAt: true,
        emailVerifiedAt: true,
        periodStart: true,
        periodEnd: true,
        lowBalanceThreshold: true,
        wallet: { select: { available: true, held: true, spendCap: true } },
      },
    });
    yield `{"exportedAt":${JSON.stringify(now)},"profile":${JSON.stringify(profile)}`;
    for (const [name, rows] of sections) {
      yield `,${JSON.stringify(name)}:[`;
      let first = true;
      for await (const page of rows()) {
        yield (first ? "" : ",") + page.map((row) => JSON.stringify(row)).join(",");
        first = false;
      }
      yield "]";
    }
    yield "}\n";
  }
  const parts = document();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await parts.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await parts.return(undefined);
    },
  });
}
