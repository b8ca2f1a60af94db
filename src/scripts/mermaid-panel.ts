// Copy the diagram source, and render it with mermaid, loaded only when asked for (it is large).
const actions = document.querySelector<HTMLElement>("[data-mermaid-actions]");
const source = document.querySelector<HTMLElement>("[data-mermaid-source]")?.textContent ?? "";
const output = document.getElementById("mermaid-output");

if (actions && output) {
  const status = actions.querySelector<HTMLElement>(".copy-status")!;
  const renderButton = actions.querySelector<HTMLButtonElement>("[data-mermaid-render]")!;

  actions.querySelector("[data-mermaid-copy]")?.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source);
      status.textContent = "Copied to the clipboard.";
    } catch {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector("[data-mermaid-source]")!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      status.textContent = "Selected: press Ctrl+C (⌘C) to copy.";
    }
  });

  let rendered = false;
  renderButton.addEventListener("click", async () => {
    const showing = !output.hidden;
    if (showing) {
      output.hidden = true;
      renderButton.setAttribute("aria-expanded", "false");
      renderButton.textContent = "Show the diagram";
      return;
    }
    if (!rendered) {
      renderButton.disabled = true;
      renderButton.textContent = "Loading mermaid…";
      try {
        const { default: mermaid } = await import("mermaid");
        const dark = document.documentElement.dataset.theme === "dark" || (!document.documentElement.dataset.theme && matchMedia("(prefers-color-scheme: dark)").matches);
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
        const { svg } = await mermaid.render("mermaid-journey", source);
        output.innerHTML = svg;
        output.querySelector("svg")?.setAttribute("aria-label", "Mermaid journey diagram");
        rendered = true;
      } catch (error) {
        output.textContent = `The diagram could not be rendered: ${error instanceof Error ? error.message : String(error)}`;
      } finally {
        renderButton.disabled = false;
      }
    }
    output.hidden = false;
    renderButton.setAttribute("aria-expanded", "true");
    renderButton.textContent = "Hide the diagram";
  });
}
