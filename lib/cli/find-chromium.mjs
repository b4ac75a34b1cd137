// Finds a Chromium for Playwright: CHROMIUM_PATH, else /usr/bin/chromium; installs Debian's
// package when it can (root with apt-get), otherwise says what to install. Prints the path.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's chromium (sudo apt-get install -y chromium) " +
        "or set CHROMIUM_PATH to a Chromium/Chrome executable.",
    );
  }
  console.log("Installing Debian's chromium for the browser tests…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return "/usr/bin/chromium";
}
