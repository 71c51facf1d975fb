// esbuild's text loader turns an imported .md file into its text (scripts/site.ts).
declare module '*.md' {
  const text: string
  export default text
}
