import manifest from '../package.json' with { type: 'json' }

/**
 * What package.json says about this build, in one place: the bundles embed
 * these fields at build time, so a fork or a renamed repository changes
 * package.json alone and every finding's link follows.
 */

/** This build's version. */
export const VERSION: string = manifest.version

/** The repository's web address, from package.json's `repository.url` (`git+https://….git`). */
export const REPOSITORY_URL: string = manifest.repository.url.replace(/^git\+/u, '').replace(/\.git$/u, '')

/** Where the rule pages live: `<RULE_DOCS_BASE>/cg001.md`. */
export const RULE_DOCS_BASE = `${REPOSITORY_URL}/blob/main/docs/rules`
