#!/usr/bin/env node
// Entry point. The CLI is TypeScript run by Node's type stripping (Node 22.18+). On an older Node,
// re-run with the Node 24 that the `node` devDependency installs, so `journeymap` works on Node 20 too.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const [major, minor] = process.versions.node.split(".").map(Number);
const stripsTypes = major > 22 || (major === 22 && minor >= 18);

if (stripsTypes) {
  // Reuses compiled code across runs (in the OS temp folder): a faster start for every later command.
  (await import("node:module")).enableCompileCache?.();
  const { main } = await import("../src/cli/main.ts");
  const code = await main(process.argv.slice(2));
  process.exitCode = code;
  // Exit once the output is written, without waiting for Node to tear down a heap that holds all the content (tens of
  // milliseconds at a thousand journeys) or for a loader worker to stop: main() has finished all its work.
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
} else {
  const localNode = fileURLToPath(new URL("../node_modules/node/bin/node", import.meta.url));
  if (!existsSync(localNode)) {
    process.stderr.write(`journeymap needs Node 22.18 or newer (this is ${process.version}). Run \`npm install\` first, then \`npx journeymap\`.\n`);
    process.exitCode = 2;
  } else {
    const run = spawnSync(localNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
    process.exitCode = run.status ?? 2;
  }
}
