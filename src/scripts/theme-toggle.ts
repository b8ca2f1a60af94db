// Light/dark toggle; without JavaScript the system preference applies and the button is hidden (.js-only).
const button = document.querySelector<HTMLButtonElement>(".theme-toggle");
if (button) {
  const root = document.documentElement;
  const isDark = () => (root.dataset.theme ?? (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light")) === "dark";
  const sync = () => {
    button.setAttribute("aria-pressed", String(isDark()));
  };
  sync();
  button.addEventListener("click", () => {
    root.dataset.theme = isDark() ? "light" : "dark";
    try {
      localStorage.setItem("journeymap-theme", root.dataset.theme);
    } catch {
      /* private mode: the choice lasts for this page */
    }
    sync();
  });
}
