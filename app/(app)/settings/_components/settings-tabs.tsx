import { NavTabs } from "@/components/ui/nav-tabs";

const SETTINGS_TABS = [
  { href: "/settings/profile", label: "Profile" },
  { href: "/settings/billing", label: "Plan & billing" },
  { href: "/settings/activity", label: "Activity" },
  { href: "/settings/referrals", label: "Referrals" },
  { href: "/settings/affiliate", label: "Affiliate" },
];

export function SettingsTabs() {
  return <NavTabs label="Settings" tabs={SETTINGS_TABS} />;
}
