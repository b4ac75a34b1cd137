/** The demo account `npm start` seeds in local mode; shown on the sign-in page and in the README. */
export const DEMO_ACCOUNT = { email: "demo@tally.local", password: "tally-demo-2026", name: "Dana Demo" } as const;
