/**
 * The landing page's sections, shared by the header and footer links and the section ids. A link
 * goes to the section, except Pricing, which has a page of its own.
 */
export const SECTIONS = {
  howItWorks: { id: "how-it-works", label: "How it works", href: "/#how-it-works" },
  pricing: { id: "pricing", label: "Pricing", href: "/pricing" },
  models: { id: "models", label: "Model prices", href: "/#models" },
  packs: { id: "packs", label: "Packs & referrals", href: "/#packs" },
} as const;

export const SECTION_LIST = Object.values(SECTIONS);
