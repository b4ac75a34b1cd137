import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAsNewUser, signOut } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { updateTimeZone } = await import("./update-time-zone");

const timeZoneOf = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).timeZone;

describe("updateTimeZone", () => {
  it("saves a zone Intl knows, in its canonical spelling", async () => {
    const user = await signInAsNewUser();
    expect(await updateTimeZone({ timeZone: "Europe/Berlin" })).toEqual({
      ok: true,
      data: { timeZone: "Europe/Berlin" },
    });
    expect(await timeZoneOf(user.id)).toBe("Europe/Berlin");
    expect(await updateTimeZone({ timeZone: " america/new_york " })).toEqual({
      ok: true,
      data: { timeZone: "America/New_York" },
    });
    expect(await timeZoneOf(user.id)).toBe("America/New_York");
  });

  it("refuses a zone that does not exist and changes nothing", async () => {
    const user = await signInAsNewUser();
    for (const timeZone of ["Mars/Olympus_Mons", "", "x".repeat(65)]) {
      expect(await updateTimeZone({ timeZone })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
    expect(await updateTimeZone({ zone: "UTC" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await timeZoneOf(user.id)).toBe("UTC");
  });

  it("changes only the signed-in person's zone, and needs a session", async () => {
    const other = await signInAsNewUser();
    await signInAsNewUser();
    await updateTimeZone({ timeZone: "Asia/Kolkata" });
    expect(await timeZoneOf(other.id)).toBe("UTC");
    signOut();
    expect(await updateTimeZone({ timeZone: "Asia/Tokyo" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
