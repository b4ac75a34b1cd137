import { test as base } from "@playwright/test";
import { ActivityPage } from "./pages/activity";
import { AffiliatePage } from "./pages/affiliate";
import { AgentsPage } from "./pages/agents";
import { AuthPages } from "./pages/auth";
import { BillingPage, ReferralsPage, SandboxCheckoutPage } from "./pages/billing";
import { ChatPage } from "./pages/chat";
import { CouncilPage } from "./pages/council";
import { WorkspaceChat } from "./pages/workspace-chat";

/** The page objects every spec uses, one per test, on the test's own page (as vercel/ai-chatbot's fixtures do). */
type PageObjects = {
  auth: AuthPages;
  chat: ChatPage;
  workspaceChat: WorkspaceChat;
  billing: BillingPage;
  checkout: SandboxCheckoutPage;
  referrals: ReferralsPage;
  activity: ActivityPage;
  agents: AgentsPage;
  council: CouncilPage;
  affiliate: AffiliatePage;
};

export const test = base.extend<PageObjects>({
  auth: async ({ page }, provide) => provide(new AuthPages(page)),
  chat: async ({ page }, provide) => provide(new ChatPage(page)),
  workspaceChat: async ({ page }, provide) => provide(new WorkspaceChat(page)),
  billing: async ({ page }, provide) => provide(new BillingPage(page)),
  checkout: async ({ page }, provide) => provide(new SandboxCheckoutPage(page)),
  referrals: async ({ page }, provide) => provide(new ReferralsPage(page)),
  activity: async ({ page }, provide) => provide(new ActivityPage(page)),
  agents: async ({ page }, provide) => provide(new AgentsPage(page)),
  council: async ({ page }, provide) => provide(new CouncilPage(page)),
  affiliate: async ({ page }, provide) => provide(new AffiliatePage(page)),
});

export { expect } from "@playwright/test";
