/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Colour is for terminals only, and never when NO_COLOR is set. */
  color: boolean;
}

export function processIo(): Io {
  const env = process.env;
  const color = env.FORCE_COLOR ? env.FORCE_COLOR !== "0" : Boolean(process.stdout.isTTY) && !env.NO_COLOR && env.TERM !== "dumb";
  return {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    cwd: process.cwd(),
    color,
  };
}
