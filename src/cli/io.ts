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
  const out = quietWhenClosed(process.stdout);
  const err = quietWhenClosed(process.stderr);
  return {
    out: (text) => out(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => err(text.endsWith("\n") ? text : `${text}\n`),
    cwd: process.cwd(),
    color,
  };
}

const closedStreams = new WeakSet<object>();
const watchedStreams = new WeakSet<object>();

/**
 * Writes to a stream that the reader may close early (`journeymap report | head`): a closed pipe ends the output
 * quietly, with no EPIPE stack trace and no message, and later writes are dropped. Other stream errors still surface.
 */
export function quietWhenClosed(stream: NodeJS.WritableStream): (text: string) => void {
  if (!watchedStreams.has(stream)) {
    watchedStreams.add(stream);
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") {
        closedStreams.add(stream);
        return;
      }
      stream.removeListener("error", onError);
      stream.emit("error", error);
    };
    stream.on("error", onError);
  }
  return (text) => {
    if (closedStreams.has(stream)) return;
    try {
      stream.write(text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EPIPE") throw error;
      closedStreams.add(stream);
    }
  };
}
