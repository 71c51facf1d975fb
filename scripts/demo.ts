// `npm run demo`: the Action end to end, here. Starts the local GitHub API
// emulator with a sample pull request that adds a passing and a failing plan
// (examples/), runs the committed bundle `node dist/index.js` against it as a
// runner would, and prints the check run it posted.
import { readFileSync } from 'node:fs'
import { BASE, HEAD, OWNER, REPO, repository, runAction } from '../__fixtures__/github/action-runner.js'
import { pullRequestEvent } from '../__fixtures__/github/webhooks.js'

const plans = [
  { path: 'specs/001-photo-albums/plan.md', content: readFileSync('examples/passing-plan.md', 'utf8') },
  { path: 'specs/002-payments-gateway/plan.md', content: readFileSync('examples/failing-plan.md', 'utf8') }
]
const run = await runAction({
  event: 'pull_request',
  payload: pullRequestEvent({ owner: OWNER, repo: REPO, number: 42, baseSha: BASE, headSha: HEAD }),
  state: {
    owner: OWNER,
    repo: REPO,
    commits: repository([{ path: 'README.md', content: '# planner\n' }], plans),
    pulls: [{ number: 42, baseSha: BASE, headSha: HEAD, files: plans.map((plan) => ({ filename: plan.path, status: 'added' as const })) }]
  }
})

const [check] = run.emulator.checkRuns
const rule = '─'.repeat(78)
console.log(`Pull request #42 of ${OWNER}/${REPO}: ${plans.length} plans changed; node dist/index.js exited ${run.code}.`)
console.log(`API calls: ${run.calls.length}\n${run.calls.map((call) => `  ${call}`).join('\n')}\n`)
if (!check) {
  console.log('No check run was posted.\n', run.stdout)
  process.exit(1)
}
const icon = check.conclusion === 'success' ? '✅' : check.conclusion === 'failure' ? '❌' : '➖'
console.log(rule)
console.log(`${icon} ${check.name} — ${check.conclusion} on ${check.head_sha.slice(0, 7)}`)
console.log(`   ${check.output.title}`)
console.log(rule)
console.log(check.output.summary)
console.log(rule)
console.log(`Annotations (${check.output.annotations.length}):`)
for (const annotation of check.output.annotations as Array<{ path: string; start_line: number; annotation_level: string; title: string; message: string }>) {
  console.log(`  ${annotation.path}:${annotation.start_line}  ${annotation.annotation_level.padEnd(7)}  ${annotation.title}\n      ${annotation.message}`)
}
console.log(rule)
console.log('Outputs:', JSON.stringify(run.outputs, null, 2))
