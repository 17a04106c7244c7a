import type { Api } from '../shared/contract/api-client'
import type { TemplateSummary } from '../shared/schemas/template.schema'
import type { CommandResult } from './command-result'
import { formatted } from './command-result'
import { existingClient } from './find-client'
import { withBackend } from './with-backend'
import type { DatabaseLocation } from '../db/open-database'

export interface TemplateOptions {
  action: 'list' | 'save' | 'apply'
  db: DatabaseLocation
  format: 'text' | 'json'
  client?: string | undefined
  block?: string | undefined
  name?: string | undefined
  template?: string | undefined
  start?: string | undefined
  activate: boolean
}

/** A template named on the command line: by id, or by its name in any case. */
async function existingTemplate(
  api: Pick<Api, 'templates'>,
  wanted: string,
): Promise<{ template: TemplateSummary } | { problem: string }> {
  const list = await api.templates.list()
  if (!list.ok) return { problem: list.error.message }
  const text = wanted.trim().toLocaleLowerCase()
  const template =
    list.value.find((t) => t.id === wanted.trim()) ??
    list.value.find((t) => t.name.toLocaleLowerCase() === text)
  return template
    ? { template }
    : { problem: `No template is called ${JSON.stringify(wanted.trim())}.` }
}

/** A refusal of the backend as the command line reports it: what, and where. */
const refused = (error: { message: string; issues: { path: string; message: string }[] }) => ({
  exitCode: 2,
  stderr: ['Nothing was written.', error.message].join('\n'),
})

const templateLine = (t: TemplateSummary) =>
  `${t.name.padEnd(34)} ${`${t.weeks.length} wk`.padStart(6)}  ${String(t.sessionCount).padStart(3)} sessions  ${String(t.lineCount).padStart(3)} lines${t.tags.length ? `  [${t.tags.join(', ')}]` : ''}`

/**
 * `blockwise template list|save|apply`: the same procedures as the Templates screen. Every
 * refusal exits 2 naming the problem, with nothing written.
 */
export async function templateCommand(options: TemplateOptions): Promise<CommandResult> {
  return withBackend(options.db, async ({ api }) => {
    if (options.action === 'list') {
      const list = await api.templates.list()
      if (!list.ok) return refused(list.error)
      return {
        exitCode: 0,
        stdout: formatted(options.format, list.value, () =>
          list.value.length === 0
            ? 'No templates yet: save one with blockwise template save.'
            : list.value.map(templateLine).join('\n'),
        ),
      }
    }
    const found = await existingClient(api, options.client!)
    if ('problem' in found) return { exitCode: 2, stderr: found.problem }
    const { client } = found
    if (options.action === 'save') {
      const blockId = options.block ?? client.activeBlock?.id
      if (!blockId)
        return {
          exitCode: 2,
          stderr: `${client.name} has no active block; name one with --block ID.`,
        }
      const saved = await api.templates.save({ blockId, name: options.name! })
      if (!saved.ok) return refused(saved.error)
      const t = saved.value
      return {
        exitCode: 0,
        stdout: formatted(options.format, t, () =>
          [
            `Saved template "${t.name}" (${t.id}): ${t.weeks.length} weeks, ${t.sessions.length} sessions.`,
            ...(t.conversions.length > 0
              ? [
                  `Typed loads kept as the %1RM they are of ${client.name}’s maxes, so each client gets their own:`,
                  ...t.conversions.map((c) => `  ${c}`),
                ]
              : []),
          ].join('\n'),
        ),
      }
    }
    const wanted = await existingTemplate(api, options.template!)
    if ('problem' in wanted) return { exitCode: 2, stderr: wanted.problem }
    const applied = await api.templates.apply({
      templateId: wanted.template.id,
      clientId: client.id,
      startDate: options.start!,
      activate: options.activate,
    })
    if (!applied.ok) return refused(applied.error)
    const block = applied.value
    return {
      exitCode: 0,
      stdout: formatted(
        options.format,
        block,
        () =>
          `Applied "${wanted.template.name}" to ${client.name}: block ${block.id} (${block.status}), ${block.weeks.length} weeks from ${block.startDate}.`,
      ),
    }
  })
}
