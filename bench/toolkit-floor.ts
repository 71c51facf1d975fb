// The floor of the Action's cold start: a bundle that only loads the toolkit
// (@actions/core and @actions/github) and does nothing. Built by bench/action.ts.
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'

core.debug(typeof getOctokit)
