// Copy the diagram source, and render it with mermaid, loaded only when asked for (it is large).
import { MERMAID_MAX_TEXT } from "../output/mermaid-journey.ts";
const actions = document.querySelector<HTMLElement>("[data-mermaid-actions]");
const source = document.querySelector<HTMLElement>("[data-mermaid-source]")?.textContent ?? "";
const output = document.getElementById("mermaid-output");

if (actions && output) {
  // Its words come from the page, in the site's language.
  const words = { copied: "Copied.", selected: "Selected: press Ctrl+C (⌘C) to copy.", show: "Show the diagram", hide: "Hide the diagram", loading: "Drawing the diagram…", shown: "The diagram is shown below the source; it scrolls sideways.", failed: "The diagram could not be drawn.", failedWith: "The diagram could not be drawn: {error}", tooLong: "This diagram is {length} characters long, more than the {max} Mermaid draws.", tooLongStatus: "The diagram is too long for Mermaid to draw.", rendered: "Rendered Mermaid diagram", ...parse(actions.dataset.messages) };
  const status = actions.querySelector<HTMLElement>(".copy-status")!;
  const renderButton = actions.querySelector<HTMLButtonElement>("[data-mermaid-render]")!;

  actions.querySelector("[data-mermaid-copy]")?.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source);
      status.textContent = words.copied;
    } catch {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector("[data-mermaid-source]")!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      status.textContent = words.selected;
    }
  });

  // The button is never disabled while mermaid loads: a disabled button loses focus, and focus would drop to the
  // body. It stays focused throughout, marked busy, and says what happened through the status line.
  let rendered = false;
  let busy = false;
  const show = (visible: boolean) => {
    output.hidden = !visible;
    renderButton.setAttribute("aria-expanded", String(visible));
    renderButton.textContent = visible ? words.hide : words.show;
  };
  renderButton.addEventListener("click", async () => {
    if (busy) return;
    if (!output.hidden) return show(false);
    if (!rendered && source.length > MERMAID_MAX_TEXT) {
      // Mermaid refuses longer text with a parse error; say what happened and what to do instead.
      const lang = document.documentElement.lang || "en";
      output.textContent = words.tooLong.replace("{length}", source.length.toLocaleString(lang)).replace("{max}", MERMAID_MAX_TEXT.toLocaleString(lang));
      status.textContent = words.tooLongStatus;
      return show(true);
    }
    if (!rendered) {
      busy = true;
      renderButton.setAttribute("aria-busy", "true");
      renderButton.textContent = words.loading;
      try {
        // Served as Mermaid's own files (src/views/mermaid-integration.ts), not bundled: the address is on the page.
        const { default: mermaid } = (await import(/* @vite-ignore */ actions.dataset.mermaidSrc!)) as typeof import("mermaid");
        const dark = document.documentElement.dataset.theme === "dark" || (!document.documentElement.dataset.theme && matchMedia("(prefers-color-scheme: dark)").matches);
        // Natural size (useMaxWidth off): a long journey stays legible and its box scrolls sideways instead of shrinking the text.
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default", journey: { useMaxWidth: false } });
        const { svg } = await mermaid.render("mermaid-journey", source);
        output.innerHTML = svg;
        output.querySelector("svg")?.setAttribute("aria-label", words.rendered);
        rendered = true;
        status.textContent = words.shown;
      } catch (error) {
        output.textContent = words.failedWith.replace("{error}", error instanceof Error ? error.message : String(error));
        status.textContent = words.failed;
      } finally {
        busy = false;
        renderButton.removeAttribute("aria-busy");
      }
    }
    show(true);
  });
}

function parse(json: string | undefined): Record<string, string> {
  try {
    return json ? (JSON.parse(json) as Record<string, string>) : {};
  } catch {
    return {};
  }
}
