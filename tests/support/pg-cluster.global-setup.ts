import type { TestProject } from 'vitest/node'
import { openPostgresDatabase } from '../../db/postgres/postgres-database'
import { TEMPLATE_DATABASE, startThrowawayCluster } from './pg-cluster'

/**
 * Starts one throwaway PostgreSQL cluster for the postgres project, with a template database
 * already migrated (each test copies it), and stops it when the run ends.
 */
export default async function startPostgres(project: TestProject): Promise<() => void> {
  const cluster = await startThrowawayCluster()
  try {
    const pg = await import('pg')
    const client = new pg.default.Client(cluster.url())
    await client.connect()
    await client.query(`create database ${TEMPLATE_DATABASE}`)
    await client.end()
    const template = await openPostgresDatabase(cluster.url(TEMPLATE_DATABASE))
    await template.close()
  } catch (error) {
    cluster.stop()
    throw error
  }
  project.provide('pgAdminUrl', cluster.url())
  return () => cluster.stop()
}
