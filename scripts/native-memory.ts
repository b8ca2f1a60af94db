// Imported first by scripts/build.ts, before any native addon loads. The Rust addons the build loads (rolldown, which
// bundles the site; Astro's compiler; resvg, which draws the link previews) each allocate with their own copy of
// mimalloc, which keeps freed memory for a while before giving it back to the system (its purge delay) and reads its
// options from the environment when the addon loads: rolldown's bundling alone left some 120–170 MB resident for the
// rest of the build, through its peak. Given back at once, an N = 1,000 build peaked at 1.31 GB instead of 1.43 GB
// (all processes, one build each), in the same time. A value set by the user is kept.
process.env.MIMALLOC_PURGE_DELAY ??= "0";
