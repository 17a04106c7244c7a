/** What `handouts.openCriticals` reports for one client's block. */
export interface OpenCriticals {
  clientName: string
  blockName: string
  critical: number
}

/** "3 critical findings are open in Maya Lopez’s block “Spring build”": the app and CLI alike. */
export function openCriticalsWarning({ clientName, blockName, critical }: OpenCriticals): string {
  const findings = critical === 1 ? '1 critical finding is' : `${critical} critical findings are`
  return `${findings} open in ${clientName}’s block “${blockName}”`
}
