// Copy the diagram source, and render it with mermaid, loaded only when asked for (it is large).
import { MERMAID_MAX_TEXT } from "../output/mermaid-journey.ts";
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

  // The button is never disabled while mermaid loads: a disabled button loses focus, and focus would drop to the
  // body. It stays focused throughout, marked busy, and says what happened through the status line.
  let rendered = false;
  let busy = false;
  const show = (visible: boolean) => {
    output.hidden = !visible;
    renderButton.setAttribute("aria-expanded", String(visible));
    renderButton.textContent = visible ? "Hide the diagram" : "Show the diagram";
  };
  renderButton.addEventListener("click", async () => {
    if (busy) return;
    if (!output.hidden) return show(false);
    if (!rendered && source.length > MERMAID_MAX_TEXT) {
      // Mermaid refuses longer text with a parse error; say what happened and what to do instead.
      output.textContent = `This diagram is ${source.length.toLocaleString()} characters long, more than the ${MERMAID_MAX_TEXT.toLocaleString()} Mermaid renders. Copy the source, or download the overview as SVG or PNG above.`;
      status.textContent = "The diagram is too long for Mermaid to render.";
      return show(true);
    }
    if (!rendered) {
      busy = true;
      renderButton.setAttribute("aria-busy", "true");
      renderButton.textContent = "Loading mermaid…";
      try {
        const { default: mermaid } = await import("mermaid");
        const dark = document.documentElement.dataset.theme === "dark" || (!document.documentElement.dataset.theme && matchMedia("(prefers-color-scheme: dark)").matches);
        // Natural size (useMaxWidth off): a long journey stays legible and its box scrolls sideways instead of shrinking the text.
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default", journey: { useMaxWidth: false } });
        const { svg } = await mermaid.render("mermaid-journey", source);
        output.innerHTML = svg;
        output.querySelector("svg")?.setAttribute("aria-label", "Mermaid journey diagram");
        rendered = true;
        status.textContent = "The diagram is shown below the source; it scrolls sideways.";
      } catch (error) {
        output.textContent = `The diagram could not be rendered: ${error instanceof Error ? error.message : String(error)}`;
        status.textContent = "The diagram could not be rendered.";
      } finally {
        busy = false;
        renderButton.removeAttribute("aria-busy");
      }
    }
    show(true);
  });
}
