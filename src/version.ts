/** This build's version, from package.json (see src/meta.ts). */
export { VERSION } from './meta.js'
