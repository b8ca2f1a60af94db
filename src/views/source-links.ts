import { realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Analysis } from "../analysis/analyse.ts";
import type { Content, Loaded } from "../model/content.ts";
import { git, repositoryRoot } from "../load/git.ts";

/** Where the site's source lives and which commit it was built from: read once per build. */
export interface SourceInfo {
  /** `https://github.com/acme/journeys`, without a trailing slash; absent without `repository:` or GitHub Actions. */
  repository?: string;
  /** The branch "Edit this …" opens. */
  branch: string;
  /** The full commit the site was built from, when known (git, or GITHUB_SHA). */
  commit?: string;
  /** The top folder of the content's repository on disk (the content folder outside git): file paths in links and in the JSON API are relative to it. */
  root: string;
}

type Env = Record<string, string | undefined>;

/**
 * The repository from the config, or from GitHub Actions (GITHUB_SERVER_URL + GITHUB_REPOSITORY); the commit from
 * GITHUB_SHA or `git rev-parse HEAD`. Both are fixed for a given commit, so builds stay deterministic.
 */
export function sourceInfo(content: Pick<Content, "config" | "dir">, env: Env = process.env): SourceInfo {
  const fromActions = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
  const repository = safeUrl(content.config.repository ?? fromActions)?.replace(/\/+$/, "").replace(/\.git$/, "");
  const actionsBranch = env.GITHUB_HEAD_REF || (env.GITHUB_REF_TYPE === "branch" ? env.GITHUB_REF_NAME : undefined);
  const branch = content.config.branch ?? (actionsBranch && /^[A-Za-z0-9._/-]+$/.test(actionsBranch) ? actionsBranch : "main");
  // The content's repository, which need not be the working directory's (JOURNEYMAP_DIR may be another checkout).
  const root = spelledLike(content.dir, repositoryRoot(content.dir)) ?? content.dir;
  const head = git(["rev-parse", "--verify", "--quiet", "HEAD"], content.dir);
  const sha = env.GITHUB_SHA || (head.ok ? head.stdout.trim() : undefined);
  const commit = sha && /^[0-9a-f]{7,64}$/.test(sha) ? sha : undefined;
  return { ...(repository ? { repository } : {}), branch, ...(commit ? { commit } : {}), root };
}

/**
 * git names the top folder by its real path, while the content's files keep the content folder's spelling (a checkout
 * reached through a symbolic link, macOS's /tmp): the top folder spelled from the content folder, so paths relative to
 * it stay inside the repository.
 */
function spelledLike(dir: string, top: string | undefined): string | undefined {
  if (top === undefined) return undefined;
  try {
    return resolve(dir, relative(realpathSync(dir), top));
  } catch {
    return top;
  }
}

/** Only http(s) URLs with nothing that could break out of an attribute. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s"'<>`]+$/.test(url) ? url : undefined;
}

/** A file's path inside the repository, `/`-separated, each part URL-encoded. */
function repoPath(info: SourceInfo, cwd: string, file: string): string {
  return repositoryFile(info, cwd, file).split("/").map(encodeURIComponent).join("/");
}

/** A content file's path inside the content's repository, `/`-separated: what the JSON API gives as `file`. */
export function repositoryFile(info: Pick<SourceInfo, "root">, cwd: string, file: string): string {
  return relative(info.root, resolve(cwd, file)).split(sep).join("/");
}

export type EditKind = "journey" | "persona" | "KPI";

export interface EditLinkView {
  /** "Edit this journey". */
  label: string;
  href: string;
  /** `journeys/retail/online-store.yaml`, for the link's title. */
  file: string;
}

export interface SourceLinks {
  info: SourceInfo;
  /** The page's YAML file on GitHub, opened in the editor: absent without a repository. */
  edit(kind: EditKind, loaded: Pick<Loaded<unknown>, "file">): EditLinkView | undefined;
  /** A line of a content file at the build's commit (or the branch): absent without a repository. */
  line(loaded: Pick<Loaded<unknown>, "file" | "at">, path: readonly PropertyKey[], label: string): EditLinkView | undefined;
  /** The footer's commit: its short id, with a link when there is a repository. */
  commit?: { short: string; full: string; href?: string };
}

/** The links back to the source for every page, built from the one analysis. */
export function sourceLinks(analysis: Pick<Analysis, "content">, env: Env = process.env): SourceLinks {
  const { content } = analysis;
  const info = sourceInfo(content, env);
  const { repository, branch, commit } = info;
  const encodedBranch = branch.split("/").map(encodeURIComponent).join("/");
  return {
    info,
    edit: (kind, loaded) => {
      if (!repository) return undefined;
      const file = repoPath(info, content.cwd, loaded.file);
      return { label: `Edit this ${kind}`, href: `${repository}/edit/${encodedBranch}/${file}`, file: decodeURIComponent(file) };
    },
    line: (loaded, path, label) => {
      if (!repository) return undefined;
      const file = repoPath(info, content.cwd, loaded.file);
      const { line } = loaded.at(path);
      return { label, href: `${repository}/blob/${commit ?? encodedBranch}/${file}#L${line}`, file: `${decodeURIComponent(file)}:${line}` };
    },
    ...(commit ? { commit: { short: commit.slice(0, 7), full: commit, ...(repository ? { href: `${repository}/commit/${commit}` } : {}) } } : {}),
  };
}

let cached: { analysis: object; links: SourceLinks } | undefined;

/** Once per analysis (per build; again in dev after an edit). */
export function siteSourceLinks(analysis: Pick<Analysis, "content">): SourceLinks {
  if (cached?.analysis !== analysis) cached = { analysis, links: sourceLinks(analysis) };
  return cached.links;
}

/** The published site's address with a trailing slash: `site:` in the config, else the GitHub Pages address in Actions. */
export function siteUrl(content: Pick<Content, "config">, env: Env = process.env): string | undefined {
  const configured = safeUrl(content.config.site ?? env.JOURNEYMAP_SITE_URL);
  if (configured) return configured.endsWith("/") ? configured : `${configured}/`;
  if (env.GITHUB_SERVER_URL !== "https://github.com" || !env.GITHUB_REPOSITORY) return undefined;
  const [owner = "", name = ""] = env.GITHUB_REPOSITORY.split("/");
  if (!/^[A-Za-z0-9-]+$/.test(owner) || !/^[A-Za-z0-9._-]+$/.test(name)) return undefined;
  const host = `${owner.toLowerCase()}.github.io`;
  return name.toLowerCase() === host ? `https://${host}/` : `https://${host}/${name}/`;
}

/**
 * The absolute URL of a page: `path` is the site path under the base (`/journeys/x/`) or with it, as Astro gives it;
 * the site's own address replaces the base.
 */
export function absoluteUrl(site: string, path: string, base: string): string {
  const trimmedBase = base.endsWith("/") ? base : `${base}/`;
  const within = path.startsWith(trimmedBase) ? path.slice(trimmedBase.length) : path.replace(/^\//, "");
  return new URL(within, site).href;
}

/** What an EditLink names: a journey (or one of its touchpoints), a persona or a KPI. */
export type EditTarget = { journey: string; touchpoint?: string } | { persona: string } | { kpi: string };

/** The link for one target, or undefined without a repository (or for an unknown id). */
export function editLinkFor(analysis: Pick<Analysis, "index">, links: SourceLinks, target: EditTarget): EditLinkView | undefined {
  // Found through the analysis's index: a journey page asks once per touchpoint.
  const { index } = analysis;
  if ("persona" in target) {
    const loaded = index.personas.get(target.persona);
    return loaded && links.edit("persona", loaded);
  }
  if ("kpi" in target) {
    const loaded = index.kpis.get(target.kpi);
    return loaded && links.edit("KPI", loaded);
  }
  const loaded = index.journeys.get(target.journey);
  if (!loaded) return undefined;
  if (target.touchpoint === undefined) return links.edit("journey", loaded);
  for (const [s, stage] of loaded.data.stages.entries()) {
    const t = stage.touchpoints.findIndex((tp) => tp.id === target.touchpoint);
    if (t >= 0) return links.line(loaded, ["stages", s, "touchpoints", t], "Edit this touchpoint");
  }
  return undefined;
}
