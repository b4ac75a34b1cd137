import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";

/** The sign-in and sign-up pages have nothing to offer someone already signed in. */
export async function redirectIfSignedIn() {
  if (await getSessionUser()) redirect("/chat");
}
