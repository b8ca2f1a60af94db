import { resolve } from "node:path";
import type { AstroIntegration } from "astro";
import { loadConfig } from "../load/load-config.ts";
import { bumpContentVersion, markDevServer } from "./site-content.ts";

/**
 * `npm run dev`: watch the content folder and reload the page when a YAML file changes. Only the changed file is read
 * and validated again (site-content.ts keeps the others); a change to the settings reloads everything.
 */
export function contentIntegration(): AstroIntegration {
  return {
    name: "journeymap-content",
    hooks: {
      "astro:server:setup": ({ server }) => {
        markDevServer();
        const root = process.cwd();
        const dir = process.env.JOURNEYMAP_DIR ? resolve(process.env.JOURNEYMAP_DIR) : resolve(root, loadConfig(root).config.content);
        const config = resolve(root, "journeymap.config.yaml");
        server.watcher.add([dir, config]);
        const onChange = (file: string) => {
          if (!/\.ya?ml$/i.test(file)) return;
          bumpContentVersion(resolve(file) === config ? undefined : resolve(file));
          server.ws.send({ type: "full-reload" });
        };
        for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, onChange);
      },
    },
  };
}
