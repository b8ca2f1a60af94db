// Preloaded by `npm run build` (node --import, package.json) before anything else is loaded.
//
// glibc's malloc maps a block of 128 KiB or more on its own and unmaps it when freed, but each time such a block is
// freed it raises that size, up to 32 MiB. A build frees thousands of blocks of a few hundred KB (a page's bytes, a
// response's body), so after the first few they are served from malloc's heap, and what is freed there stays in
// the process: a 1,000-journey build peaked 150–270 MB higher (1.54–1.61 GB in all, against 1.34–1.49 GB with the
// size fixed; measured in turn, three builds each) and ran a few percent slower. Setting MALLOC_MMAP_THRESHOLD_
// fixes the size. glibc reads it when the process starts, so the build starts again once with it set:
// process.execve replaces this process (same id, same flags and arguments), so no second process waits beside it.
// Elsewhere (macOS, Windows, musl, a Node without execve) the build simply goes on.
const THRESHOLD = String(256 * 1024);

if (process.platform === "linux" && process.env.MALLOC_MMAP_THRESHOLD_ === undefined && typeof process.execve === "function") {
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], { ...process.env, MALLOC_MMAP_THRESHOLD_: THRESHOLD });
}
