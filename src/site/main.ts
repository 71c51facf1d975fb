// The playground page: three boxes in, the Action's verdict out, all in the
// browser. Nothing is fetched or sent; the permalink lives in the fragment.
import { byId, selectLine } from './dom.js'
import { examples } from './examples.js'
import { type Inputs, judge, PLAN_PATH } from './judge.js'
import { decodeState, encodeState, PermalinkError } from './permalink.js'
import { type Goto, renderFindings, renderGates, renderPlanView, renderProblems, renderVerdict } from './render.js'
import { workflowStep } from './workflow.js'

/** Long enough to wait out a burst of keystrokes, short enough to feel live. */
const DEBOUNCE_MS = 150

const boxes = {
  plan: byId<HTMLTextAreaElement>('plan'),
  constitution: byId<HTMLTextAreaElement>('constitution'),
  settings: byId<HTMLTextAreaElement>('settings')
}
const view = {
  verdict: byId('verdict'),
  findings: byId('findings'),
  findingCount: byId('finding-count'),
  gates: byId('gate-rows'),
  plan: byId('plan-view'),
  problems: byId('settings-error'),
  workflow: byId('workflow'),
  permalink: byId<HTMLAnchorElement>('permalink'),
  linkNote: byId('link-note')
}

let sequence = 0
let timer: ReturnType<typeof setTimeout> | undefined
/** The fragment this page last wrote, so its own replaceState is not taken for a pasted link. */
let written = ''
let current: HTMLElement | null = null

function inputs(): Inputs {
  return { plan: boxes.plan.value, constitution: boxes.constitution.value, settings: boxes.settings.value }
}

const goto: Goto = (path, line) => {
  if (path !== PLAN_PATH) {
    selectLine(boxes.constitution, line)
    return
  }
  const target = document.getElementById(`line-${line}`)
  if (!target) return
  current?.classList.remove('current')
  current = target
  target.classList.add('current')
  target.scrollIntoView({ block: 'center' })
  target.focus({ preventScroll: true })
}

/** Judges the boxes and shows the result; a newer call supersedes an older one still running. */
async function update(): Promise<void> {
  clearTimeout(timer)
  const mine = ++sequence
  const state = inputs()
  const started = performance.now()
  const judgement = await judge(state)
  if (mine !== sequence) return
  renderVerdict(view.verdict, judgement)
  renderFindings(view.findings, view.findingCount, judgement.report, goto)
  renderGates(view.gates, judgement.report, goto)
  renderPlanView(view.plan, state.plan, judgement.report)
  renderProblems(view.problems, boxes.settings, judgement.problems, (line) => selectLine(boxes.settings, line))
  view.workflow.textContent = workflowStep(judgement.settings)
  current = null
  // Marks for the benchmark (bench/site.ts): how long scoring took, and when the verdict showed.
  performance.measure('cg:judge', { start: started })
  performance.mark('cg:verdict')
  await updateLink(state, mine)
}

function schedule(): void {
  clearTimeout(timer)
  timer = setTimeout(() => void update(), DEBOUNCE_MS)
}

/** Puts the boxes into the address bar and the permalink; with every box empty, no fragment. */
async function updateLink(state: Inputs, mine: number): Promise<void> {
  const empty = state.plan === '' && state.constitution === '' && state.settings === ''
  const fragment = empty ? '' : await encodeState(state)
  if (mine !== sequence) return
  const base = `${location.origin}${location.pathname}${location.search}`
  written = fragment === '' ? '' : `#${fragment}`
  history.replaceState(null, '', written === '' ? base : written)
  view.permalink.href = `${base}${written}`
  view.permalink.setAttribute('aria-disabled', String(empty))
}

/** Fills the boxes from the fragment, if it is a permalink; says so when it is damaged. */
async function restore(): Promise<void> {
  if (location.hash === written) return
  try {
    const state = await decodeState(location.hash)
    if (!state) return
    boxes.plan.value = state.plan
    boxes.constitution.value = state.constitution
    boxes.settings.value = state.settings
    view.linkNote.textContent = 'Restored from the link.'
  } catch (error) {
    if (!(error instanceof PermalinkError)) throw error
    view.linkNote.textContent = `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}`
  }
}

async function copy(text: string, button: HTMLButtonElement, select: () => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
    view.linkNote.textContent = `${button.dataset.what ?? 'Text'} copied.`
  } catch {
    // No clipboard permission (an http page, an old browser): leave it selected for Ctrl+C.
    select()
    view.linkNote.textContent = 'Selected: press Ctrl+C (⌘C) to copy.'
  }
}

for (const box of Object.values(boxes)) box.addEventListener('input', schedule)
for (const name of ['failing', 'passing'] as const) {
  byId(`example-${name}`).addEventListener('click', () => {
    boxes.plan.value = examples[name]
    void update()
  })
}
const copyLink = byId<HTMLButtonElement>('copy-link')
copyLink.addEventListener('click', () => void copy(view.permalink.href, copyLink, () => boxes.plan.focus()))
const copyStep = byId<HTMLButtonElement>('copy-workflow')
copyStep.addEventListener('click', () =>
  void copy(view.workflow.textContent ?? '', copyStep, () => {
    const range = document.createRange()
    range.selectNodeContents(view.workflow)
    getSelection()?.removeAllRanges()
    getSelection()?.addRange(range)
  })
)
window.addEventListener('hashchange', () => void restore().then(update))
// A classic script (it also runs from a page opened from disk), so no top-level await.
void restore().then(update)
