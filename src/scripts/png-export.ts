// The PNG downloads of the overview and the curve: the browser draws the SVG file (made at build time) onto a canvas
// at twice its size and saves that. Rendering them at build time cost 0.3 s a journey, half of a whole build, for a
// file few people download; without JavaScript the buttons are hidden (.js-only) and the SVG downloads remain.
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-png-from]")) {
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-busy") === "true") return;
    button.setAttribute("aria-busy", "true");
    try {
      const png = await pngOf(button.dataset.pngFrom!);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(png);
      link.download = button.dataset.pngName ?? "image.png";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch {
      // The SVG is the same picture: open it rather than do nothing.
      location.assign(button.dataset.pngFrom!);
    } finally {
      button.removeAttribute("aria-busy");
    }
  });
}

async function pngOf(svgUrl: string): Promise<Blob> {
  const response = await fetch(svgUrl);
  if (!response.ok) throw new Error(`${svgUrl}: ${response.status}`);
  const text = await response.text();
  // A blob of the same text keeps the canvas untainted, so toBlob may read it.
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
    const width = Number(svg.getAttribute("width")) || image.naturalWidth;
    const height = Number(svg.getAttribute("height")) || image.naturalHeight;
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    canvas.getContext("2d")!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((done, fail) => canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error("no PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
