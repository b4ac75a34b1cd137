import { z } from "zod";

/** What a password must be, at sign-up, reset and change alike. */
export const passwordSchema = z.string().min(10, "Use at least 10 characters").max(200, "Use at most 200 characters");
