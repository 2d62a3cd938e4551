/** The platform's processes in local mode and tests: name, default port, and where the code lives. */
export const SUBGRAPHS = [
  { name: 'org', moduleExport: 'OrgModule', port: 4001, url: 'http://127.0.0.1:4001/graphql' },
  { name: 'maintenance', moduleExport: 'MaintenanceModule', port: 4002, url: 'http://127.0.0.1:4002/graphql' },
  { name: 'materials', moduleExport: 'MaterialsModule', port: 4003, url: 'http://127.0.0.1:4003/graphql' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const GATEWAY_PORT = 4000;

/** Database of a service; local mode and tests put them all on one Postgres server. */
export const databaseName = (service: string, prefix = 'houqin') => `${prefix}_${service}`;
