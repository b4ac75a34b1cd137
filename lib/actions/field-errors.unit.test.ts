import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, publicAction } from "./action";

const schema = z.object({
  email: z.email("Enter a valid email address."),
  age: z.number().int().min(18, "At least 18."),
});

describe("field-level errors", () => {
  it("a refused input names each field's problem for the form, and keeps the whole message", async () => {
    const action = publicAction(schema, async () => "never");
    const result = await action({ email: "not-an-email", age: 12 });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: "email: Enter a valid email address.; age: At least 18.",
      fieldErrors: { email: ["Enter a valid email address."], age: ["At least 18."] },
    });
  });

  it("an action's own check can name its field too", async () => {
    const action = publicAction(schema, async () => {
      throw new AppError("CONFLICT", "That email is taken.", { fieldErrors: { email: ["That email is taken."] } });
    });
    expect(await action({ email: "a@b.test", age: 30 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { email: ["That email is taken."] },
    });
  });

  it("a refusal that belongs to no field has no fieldErrors", async () => {
    const action = publicAction(z.object({}), async () => {
      throw new AppError("RATE_LIMITED", "Too many tries.");
    });
    const result = await action({});
    expect(result).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(result).not.toHaveProperty("fieldErrors");
  });
});
