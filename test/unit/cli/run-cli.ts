import { main } from "../../../src/cli/main.ts";
import type { Io } from "../../../src/cli/io.ts";

/** Runs the CLI in-process, as a user would from `cwd`, capturing what it prints. */
export async function runCli(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`), cwd, color: false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
