import { Tabs, TabsContent, TabsList, TabsTrigger } from '../../../components/ui/tabs.tsx'
import type { LoadedModel } from '../load/loadModel.ts'
import type { ModelFacts } from '../load/modelFacts.ts'
import type { ModelCandidate } from '../load/pickModels.ts'
import type { Inspection } from '../inspect/inspectionHints.ts'
import type { TextureInventory } from '../inspect/textureInventory.ts'
import { ExportPanel, type MadeGlb } from '../components/ExportPanel.tsx'
import { InspectionSummary } from '../components/InspectionSummary.tsx'
import { ModelFactsPanel } from '../components/ModelFactsPanel.tsx'
import { TexturesPanel } from '../components/TexturesPanel.tsx'
import { ValidationPanel } from '../components/ValidationPanel.tsx'
import type { ViewerBridge } from '../components/ViewerScene.tsx'

/** What is known of a model once it is shown. */
export interface Shown {
  model: LoadedModel
  facts: ModelFacts
  inventory: TextureInventory
  inspection: Inspection
}

/** The inspector beside the view: facts, textures, validation and export. */
export function InspectorTabs({
  taskId,
  zipBytes,
  candidate,
  files,
  shown,
  bridge,
  exporting,
}: {
  taskId: string
  zipBytes: number
  candidate: ModelCandidate | undefined
  files: Record<string, ArrayBuffer>
  shown: Shown | undefined
  bridge: ViewerBridge | undefined
  /** What Export works from, and what it made; absent when there is no model to export. */
  exporting?: {
    source: ModelCandidate
    triangles: number
    made: MadeGlb[]
    onMade: (made: MadeGlb) => void
    shownModel?: LoadedModel
    wasOpened: (made: MadeGlb) => boolean
  }
}) {
  return (
    <Tabs defaultValue="facts" className="mt-2.5">
      <TabsList aria-label="Inspector">
        <TabsTrigger value="facts">Facts</TabsTrigger>
        <TabsTrigger value="textures">Textures{shown ? ` (${shown.inventory.textures.length})` : ''}</TabsTrigger>
        <TabsTrigger value="validation">Validation</TabsTrigger>
        <TabsTrigger value="export">Export</TabsTrigger>
      </TabsList>
      <TabsContent value="facts" className="flex flex-col gap-3">
        <ModelFactsPanel
          zipBytes={zipBytes}
          modelBytes={candidate ? files[candidate.path]!.byteLength : 0}
          facts={shown?.facts}
        />
        {shown && <InspectionSummary inspection={shown.inspection} />}
      </TabsContent>
      <TabsContent value="textures">
        {shown ? (
          <TexturesPanel inventory={shown.inventory} gl={bridge?.gl} />
        ) : (
          <p className="text-muted-foreground">Reading the model…</p>
        )}
      </TabsContent>
      <TabsContent value="validation">
        {candidate && <ValidationPanel key={candidate.path} candidate={candidate} files={files} />}
      </TabsContent>
      <TabsContent value="export">
        {exporting && (
          <ExportPanel
            taskId={taskId}
            candidate={exporting.source}
            files={files}
            bridge={bridge}
            original={{ triangles: exporting.triangles, bytes: files[exporting.source.path]?.byteLength ?? 0 }}
            made={exporting.made}
            onMade={exporting.onMade}
            shownModel={exporting.shownModel}
            wasOpened={exporting.wasOpened}
          />
        )}
      </TabsContent>
    </Tabs>
  )
}
