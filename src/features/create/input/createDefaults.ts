import { MODEL_CATALOG, type FileFormat, type SubdivisionLevel } from '../../../api/modelCatalog.ts'
import { storedValue } from '../../../lib/storedValue.ts'

export interface CreateChoices {
  model: string
  level?: SubdivisionLevel
  format?: FileFormat
}

/** The model, level and format of the last task created here: the form starts from them. */
export const lastCreateChoices = storedValue<CreateChoices>(
  'createChoices',
  { model: MODEL_CATALOG[0]!.name, level: 'medium', format: 'glb' },
  (value) => typeof (value as CreateChoices | null)?.model === 'string',
)
