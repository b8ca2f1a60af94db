/** Every axe run checks WCAG 2.2 AA (target size, focus not obscured) besides 2.0 and 2.1. */
export const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
