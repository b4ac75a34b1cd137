"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { runSandboxStep } from "@/lib/billing/sandbox/deliver";
import { sandboxEmulator } from "@/lib/billing/sandbox/instance";
import { requireTestMode } from "@/lib/billing/sandbox/mode";
import { AppError } from "@/lib/errors";
import { sandboxOnboardingOf } from "../sandbox-onboarding";

/**
 * Test mode only: sends the sandbox's Stripe onboarding form for the person's own Express account
 * (verified, or with details Stripe cannot verify), delivers Stripe's `account.updated`, and returns
 * where Stripe would send the browser.
 */
export const completeSandboxOnboarding = authedAction(
  z.object({ linkId: z.string().startsWith("acctlink_"), outcome: z.enum(["verified", "restricted"]) }),
  async ({ linkId, outcome }, { user }) => {
    requireTestMode();
    const link = await sandboxOnboardingOf(linkId, user.id);
    if (!link) throw new AppError("NOT_FOUND", "This setup link has expired: start again from Settings › Affiliate.");
    const emulator = sandboxEmulator();
    await runSandboxStep(() => emulator.connect.completeOnboarding(link.account, outcome));
    await emulator.connect.expireLink(linkId);
    return { redirectUrl: link.return_url };
  },
  { rateLimit: "mutation" },
);
