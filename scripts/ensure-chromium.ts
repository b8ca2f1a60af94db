// The browser tests drive Debian's Chromium (/usr/bin/chromium). Installs it when missing and we may (root with apt);
// otherwise says how. Never downloads a browser from anywhere but the Debian archive.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const root = process.getuid?.() === 0;
  const apt = spawnSync("sh", ["-c", "command -v apt-get"], { encoding: "utf8" }).status === 0;
  if (!root || !apt) {
    console.error(`Chromium is not at ${CHROMIUM}. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    return false;
  }
  console.log("Installing Debian's chromium for the browser tests…");
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  } catch {
    console.error("apt-get could not install chromium.");
    return false;
  }
  return existsSync(CHROMIUM);
}
