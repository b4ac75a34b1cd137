"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { revokeOtherSessions } from "../sessions";

/** Ends every session of the person except the one asking: each other browser is signed out on its next request. */
export const signOutOtherDevices = authedAction(
  z.object({}),
  async (_input, { user }) => {
    const signedOut = await revokeOtherSessions({ userId: user.id, except: user.sessionId });
    return { signedOut };
  },
  { rateLimit: "mutation" },
);
