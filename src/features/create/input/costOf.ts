import { catalogEntry } from '../../../api/modelCatalog.ts'
import { formatCount } from '../../../lib/formatNumber.ts'

/** What a batch will cost, said before it is sent: tasks × tokens, and in yuan at list price. */
export function costSentence(model: string, tasks: number): string {
  const entry = catalogEntry(model)
  const count = `${tasks} ${tasks === 1 ? 'task' : 'tasks'}`
  if (!entry?.tokensPerTask || entry.listPriceCny === undefined)
    return `${count}. Ark does not list a fixed price per task for this model: see its pricing.`
  const tokens = formatCount(tasks * entry.tokensPerTask)
  const yuan = (tasks * entry.listPriceCny).toFixed(2)
  return `${count} × ${formatCount(entry.tokensPerTask)} tokens = ${tokens} tokens, ¥${yuan} at list price. Billed for each task that succeeds.`
}
