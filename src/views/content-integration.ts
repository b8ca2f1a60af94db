import { resolve } from "node:path";
import type { AstroIntegration } from "astro";
import { loadConfig } from "../load/load-config.ts";
import { bumpContentVersion } from "./site-content.ts";

/** `npm run dev`: watch the content folder and reload the page when a YAML file changes. */
export function contentIntegration(): AstroIntegration {
  return {
    name: "journeymap-content",
    hooks: {
      "astro:server:setup": ({ server }) => {
        const root = process.cwd();
        const dir = process.env.JOURNEYMAP_DIR ? resolve(process.env.JOURNEYMAP_DIR) : resolve(root, loadConfig(root).config.content);
        server.watcher.add([dir, resolve(root, "journeymap.config.yaml")]);
        const onChange = (file: string) => {
          if (!/\.ya?ml$/i.test(file)) return;
          bumpContentVersion();
          server.ws.send({ type: "full-reload" });
        };
        for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, onChange);
      },
    },
  };
}
