/**
 * The version of what the engine returns: the rules of docs/engine-rules.md (v1.2) as this code
 * implements them. A stored analysis is kept under it (server/analysis), so a change that alters
 * any analysis — a rule, a threshold, a message, how a plan is read — takes a new version, and
 * every stored analysis is computed again. tests/unit/engine/engine-version.test.ts fails when
 * the code the analysis runs changes under an unchanged version.
 */
export const ENGINE_VERSION = '1.2.2'
