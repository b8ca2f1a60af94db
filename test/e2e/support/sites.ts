/** The extra builds the browser tests use besides dist/: the examples under a base path, and a site of the tests' own content (hostile text, and a journey of ten stages). */
export const BASE_PATH = "/journeymap-under-base/";
export const BASE_DIST = "test-results/sites/base";
export const HOSTILE_PATH = "/hostile/";
export const HOSTILE_DIST = "test-results/sites/hostile";
