/** The landing page's sections, shared by the header and footer links and the section ids. */
export const SECTIONS = {
  howItWorks: { id: "how-it-works", label: "How it works" },
  pricing: { id: "pricing", label: "Pricing" },
  models: { id: "models", label: "Model prices" },
  packs: { id: "packs", label: "Packs & referrals" },
} as const;

export const SECTION_LIST = Object.values(SECTIONS);
