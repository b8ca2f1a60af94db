// Imported first by scripts/build.ts, before any native addon loads. The Rust addons the build loads (rolldown, which
// bundles the site; Astro's compiler; resvg, which draws the link previews) each allocate with their own copy of
// mimalloc, which keeps freed memory for a while before giving it back to the system (its purge delay) and reads its
// options from the environment when the addon loads: rolldown's bundling alone left some 120–170 MB resident for the
// rest of the build, through its peak. Given back at once, an N = 1,000 build peaked at 1.31 GB instead of 1.43 GB
// (all processes, one build each), in the same time. A value set by the user is kept.
//
// Except resvg's, loaded here first with mimalloc's own delay: it draws a thousand previews one after the other, each
// on about 1 MB that it frees when done, and memory given back at once is faulted in again for the next one. That
// cost the preview thread 1.6 s of system time at N = 1,000 (300 previews: 0.73 s instead of 0.25 s), for memory
// that is never more than a few MB.
import "@resvg/resvg-js";

process.env.MIMALLOC_PURGE_DELAY ??= "0";
