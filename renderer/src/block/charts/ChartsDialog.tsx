import type { BlockAnalysis } from '../../../../shared/schemas/analysis.schema'
import type { BlockVolume } from '../../../../shared/exercises/weekly-volume'
import { Dialog } from '../../dialogs/Dialog'
import { FormActions } from '../../dialogs/form-parts'
import { FitnessChart } from './FitnessChart'
import { VolumeChart } from './VolumeChart'
import { AcwrChart, TsbChart, WeeklyLoadBars } from './WeeklyCharts'

/** Every chart of the block at full width, large enough to read week by week; Escape closes. */
export function ChartsDialog({
  blockId,
  title,
  analysis,
  volume,
  onClose,
}: {
  blockId: string
  title: string
  analysis: BlockAnalysis
  volume: BlockVolume | null
  onClose: () => void
}) {
  return (
    <Dialog title={`Charts of ${title}`} onClose={onClose} wide>
      <div className="charts-full">
        <section aria-label="Weekly load">
          <h3>Weekly load</h3>
          <WeeklyLoadBars weeks={analysis.weeks} size="full" />
          <p className="chart-note">
            Session RPE × minutes, summed by week; a red bar is a week whose days are too alike
            (monotony above 2.0).
          </p>
        </section>
        <section aria-label="Acute:chronic workload ratio">
          <h3>Acute:chronic workload ratio</h3>
          <AcwrChart weeks={analysis.weeks} size="full" />
        </section>
        <section aria-label="Form by week">
          <h3>Form (TSB) by week</h3>
          <TsbChart weeks={analysis.weeks} size="full" />
        </section>
        <FitnessChart blockId={blockId} analysis={analysis} size="full" />
        {volume && <VolumeChart volume={volume} />}
      </div>
      <FormActions onCancel={onClose} cancel="Close" />
    </Dialog>
  )
}
