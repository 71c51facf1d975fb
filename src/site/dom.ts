/** What an element may hold: nodes and text; nothing for null, undefined or false. */
export type Child = Node | string | null | undefined | false

/**
 * An element with attributes and children. Text is always set as text, never
 * parsed as HTML, so nothing pasted into a box can become markup.
 *
 * @param tag
 *   The element's tag.
 * @param attributes
 *   Attributes by name; true sets an empty attribute, false or undefined none.
 * @param children
 *   Its content.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  element.append(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false))
  return element
}

/** The element with this id; the page's HTML is fixed, so a missing one is a build mistake. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`the page has no #${id}`)
  return element as T
}

/**
 * Selects line `line` (1-based) of a text box and focuses it, so a settings
 * problem or a constitution finding can be jumped to.
 */
export function selectLine(box: HTMLTextAreaElement, line: number): void {
  const lines = box.value.split('\n')
  const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0)
  const end = start + (lines[line - 1]?.length ?? 0)
  box.focus()
  box.setSelectionRange(start, end)
  // Put the line near the top of the box: a textarea does not scroll to its selection by itself in every browser.
  const lineHeight = Number.parseFloat(getComputedStyle(box).lineHeight) || 18
  box.scrollTop = Math.max(0, (line - 3) * lineHeight)
}
